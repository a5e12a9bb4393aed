// Package sarif writes sipcode's findings as a SARIF 2.1.0 log, the format
// code scanning (GitHub's, and others) reads. Each category and each
// protocol rule is a SARIF rule whose text and level come from package
// explain, the source of docs/checks.md, so a rule added to
// registry/rules.csv is a SARIF rule with no change here.
package sarif
