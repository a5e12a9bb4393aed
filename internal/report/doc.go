// Package report turns findings into diagnostics: it drops the categories
// not selected and the lines a //nolint comment silences, writes each fix
// (the constant as the file can name it, the import it needs, never one
// that would leave an import unused), and reports them on the pass. Its
// input is the findings of packages verdict and protocol; it never decides
// what is wrong.
package report
