package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
)

// With -base REV, bench builds sipcode as it was at a Git revision and runs
// it in every round beside the current sipcode and nop, in an order that
// rotates from round to round, so that a change is measured against the
// commit before it in one run, on the same noisy machine. The extra table
// gives the medians and the paired ratio current/base per target and mode.

// A baseRow is one target and mode measured with the base revision.
type baseRow struct {
	target, mode string
	sip, base    []sample
}

// buildAt builds cmd/sipcode at rev, from a copy of the repository's tree
// at that revision (git archive), and returns the binary's path.
func buildAt(tmp, rev string) string {
	src := filepath.Join(tmp, "base-src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		fatalf("%v", err)
	}
	archive := exec.Command("git", "archive", rev)
	extract := exec.Command("tar", "-x", "-C", src)
	pipe, err := archive.StdoutPipe()
	if err != nil {
		fatalf("%v", err)
	}
	extract.Stdin = pipe
	archive.Stderr, extract.Stderr = os.Stderr, os.Stderr
	if err := extract.Start(); err != nil {
		fatalf("tar: %v", err)
	}
	if err := archive.Run(); err != nil {
		fatalf("git archive %s: %v", rev, err)
	}
	if err := extract.Wait(); err != nil {
		fatalf("tar: %v", err)
	}
	out := filepath.Join(tmp, "sipcode-base")
	goCmd(src, "build", "-o", out, "./cmd/sipcode")
	return out
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(1)
}

// withBase appends base to the commands of a round, when there is one.
func withBase(bins []string, base string) []string {
	if base == "" {
		return bins
	}
	return append(slices.Clone(bins), base)
}

// rotate returns bins rotated left by i: with two commands, round i%2 == 1
// runs them in the other order.
func rotate(bins []string, i int) []string {
	k := i % len(bins)
	return append(slices.Clone(bins[k:]), bins[:k]...)
}

// pairedRatios returns the sorted ratios a[i]/b[i] of CPU times measured
// in the same round.
func pairedRatios(a, b []sample) []float64 {
	var rs []float64
	for i := range a {
		rs = append(rs, float64(a[i].cpu)/float64(b[i].cpu))
	}
	slices.Sort(rs)
	return rs
}

// printBase prints the current sipcode against the base revision.
func printBase(rows []baseRow) {
	if len(rows) == 0 {
		return
	}
	fmt.Printf("\nsipcode against sipcode at %s (same rounds):\n\n", *baseRev)
	fmt.Println("| target | mode | sipcode CPU | base CPU | CPU ratio | paired ratio | sipcode max RSS | base max RSS | RSS ratio |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		sc, bc := median(r.sip, cpuOf), median(r.base, cpuOf)
		sr, br := median(r.sip, rssOf), median(r.base, rssOf)
		paired := pairedRatios(r.sip, r.base)
		fmt.Printf("| %s | %s | %.2fs | %.2fs | %.3f | %.3f | %.0f MiB | %.0f MiB | %.3f |\n",
			r.target, r.mode, sc, bc, sc/bc, paired[len(paired)/2], mib(int64(sr)), mib(int64(br)), sr/br)
	}
}
