// Command bench measures what sipcode costs on top of its driver: it runs
// the sipcode command and a do-nothing analyzer built with the same driver
// (bench/nop: singlechecker, same golang.org/x/tools) on the same targets,
// alternating, and compares their CPU time (user+sys of the process and of
// the go list it runs) and peak memory (maximum resident set size).
//
// Usage, from the repository root:
//
//	go run ./bench                       # default mode, 5 runs of each
//	go run ./bench -n 9                  # more runs, steadier medians
//	go run ./bench -cross-package        # also the -cross-package mode
//	go run ./bench -targets sip          # only the SIP-heavy target
//	go run ./bench -std -n 1             # also all of std: the robustness pass
//	go run ./bench -govet -targets sip   # also under go vet -vettool (see below)
//	go run ./bench -base HEAD~1          # also sipcode at a revision, in the same rounds
//
// Targets, copied from the module cache (go mod download fetches them when
// missing) into a temporary directory:
//
//	sip    diago v0.42.1 (./...) and sipgo v1.7.2 (every package), with
//	       their tests: SIP-heavy code, where sipcode walks the syntax
//	tools  golang.org/x/tools v0.52.0 ./go/... with tests: a large module
//	       that imports no SIP library, where sipcode takes its fast path
//	std    all of the standard library with tests (only with -std)
//
// Both commands first run once per target, unmeasured, so that the build
// cache holds every dependency's export data. Then each measured round runs
// both, swapping which goes first. The table gives the medians and the
// ratios sipcode/nop; with 2 noisy cores, compare ratios, not timings
// across runs. A sipcode run that panics, reports an internal error or
// exits with a status other than 0 or 3 makes bench exit 1.
//
// With -govet, bench also runs both commands as go vet -vettool=<command>,
// in the default and the -cross-package mode, the four (sipcode, nop) x
// (default, -cross-package) interleaved in each round, in an order that
// rotates from round to round. go vet caches its analyses (and the vet
// tool's ID is in the key), so each go vet run gets a GOCACHE of its own:
// with -vetcache=cold an empty one, so that the run also compiles every
// dependency, as in CI without a cache; with -vetcache=warm a copy (hard
// links) of a cache that plain go vet filled once, so that the dependencies
// are compiled but no vet tool has analysed anything. A go vet run that
// exits with a status other than 0, or 1 for sipcode (findings), makes
// bench exit 1. CPU is that of go vet and every process it waited for
// (compiler, vet tool); max RSS is the largest of those processes.
//
// Linux and the other Unix systems only: it reads getrusage figures.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"
)

var (
	runs         = flag.Int("n", 5, "measured runs of each command per target and mode")
	crossPackage = flag.Bool("cross-package", false, "also measure the -cross-package mode")
	withStd      = flag.Bool("std", false, "also run on all of std with tests (the robustness pass)")
	targetList   = flag.String("targets", "sip,tools", "comma-separated targets: sip, tools, std")
	keep         = flag.Bool("keep", false, "keep the temporary directory")
	verbose      = flag.Bool("v", false, "print every run")
	goVet        = flag.Bool("govet", false, "also measure go vet -vettool=<command>, default and -cross-package")
	vetCache     = flag.String("vetcache", "cold", "GOCACHE of each go vet run: cold (empty) or warm (dependencies compiled, nothing vetted)")
	baseRev      = flag.String("base", "", "also run sipcode built at this Git revision in every round, and compare the two (base.go)")
)

// A target is a directory and the patterns the commands analyse there.
type target struct {
	name     string
	dir      string
	patterns []string
	goal     float64 // CPU ratio sipcode/nop to meet in the default mode; 0 for none
}

type sample struct {
	cpu, wall time.Duration
	maxRSS    int64 // bytes
	exit      int
	stderr    string
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bench: ")
	flag.Parse()
	if *runs < 1 {
		log.Fatal("-n must be at least 1")
	}
	if *vetCache != "cold" && *vetCache != "warm" {
		log.Fatal("-vetcache must be cold or warm")
	}
	tmp, err := os.MkdirTemp("", "sipcode-bench")
	if err != nil {
		log.Fatal(err)
	}
	if *keep {
		log.Printf("keeping %s", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}
	failed := benchmark(tmp)
	if failed {
		if !*keep {
			os.RemoveAll(tmp)
		}
		os.Exit(1)
	}
}

func benchmark(tmp string) (failed bool) {
	sipcode := build(tmp, "sipcode", "./cmd/sipcode")
	nop := build(tmp, "nop", "./bench/nop")
	var base string // sipcode at -base, or ""
	if *baseRev != "" {
		base = buildAt(tmp, *baseRev)
	}
	var vsBase []baseRow
	names := strings.Split(*targetList, ",")
	if *withStd && !slices.Contains(names, "std") {
		names = append(names, "std")
	}
	var targets []target
	for _, name := range names {
		targets = append(targets, prepare(tmp, strings.TrimSpace(name)))
	}
	modes := [][]string{nil}
	if *crossPackage {
		modes = append(modes, []string{"-cross-package"})
	}

	fmt.Printf("sipcode vs nop (same driver), %d runs each, %s/%s, %d CPUs, %s, %s\n\n",
		*runs, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), goVersion(), time.Now().Format("2006-01-02"))
	fmt.Println("| target | mode | sipcode CPU | nop CPU | CPU ratio | paired ratio | sipcode max RSS | nop max RSS | RSS ratio | goal |")
	fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|---:|---|")
	var costs []modeCost
	for _, t := range targets {
		for _, flags := range modes {
			mode := "default"
			if len(flags) > 0 {
				mode = strings.Join(flags, " ")
			}
			// Warm the build cache and check the commands work.
			for _, bin := range withBase([]string{sipcode, nop}, base) {
				s := measure(t, bin, flags)
				if bad := problem(s, bin != nop); bad != "" {
					log.Printf("%s %s on %s (warm-up): %s", filepath.Base(bin), mode, t.name, bad)
					failed = true
				}
			}
			var sip, nops, bases []sample
			for i := range *runs {
				order := rotate(withBase([]string{sipcode, nop}, base), i)
				for _, bin := range order {
					s := measure(t, bin, flags)
					if bad := problem(s, bin != nop); bad != "" {
						log.Printf("%s %s on %s: %s", filepath.Base(bin), mode, t.name, bad)
						failed = true
					}
					if *verbose {
						log.Printf("%-7s %-8s %-16s cpu %8s wall %8s rss %6.0f MiB exit %d",
							filepath.Base(bin), t.name, mode, s.cpu.Round(time.Millisecond), s.wall.Round(time.Millisecond), mib(s.maxRSS), s.exit)
					}
					switch bin {
					case sipcode:
						sip = append(sip, s)
					case nop:
						nops = append(nops, s)
					default:
						bases = append(bases, s)
					}
				}
			}
			sc, nc := median(sip, cpuOf), median(nops, cpuOf)
			sr, nr := median(sip, rssOf), median(nops, rssOf)
			paired := pairedRatios(sip, nops)
			ratio := sc / nc
			if base != "" {
				vsBase = append(vsBase, baseRow{t.name, mode, sip, bases})
			}
			goal := ""
			if t.goal > 0 && len(flags) == 0 {
				verdict := "met"
				if ratio > t.goal {
					verdict = "MISSED"
				}
				goal = fmt.Sprintf("≤%.2f %s", t.goal, verdict)
			}
			fmt.Printf("| %s | %s | %.2fs | %.2fs | %.3f | %.3f | %.0f MiB | %.0f MiB | %.3f | %s |\n",
				t.name, mode, sc, nc, ratio, paired[len(paired)/2], mib(int64(sr)), mib(int64(nr)), sr/nr, goal)
			costs = append(costs, modeCost{t.name, "standalone", mode, sc, sr, cpuList(sip)})
		}
		if *goVet {
			vetCosts, bad := benchVet(tmp, t, sipcode, nop)
			costs = append(costs, vetCosts...)
			failed = failed || bad
		}
	}
	printCrossCosts(costs)
	printBase(vsBase)
	return failed
}

// A modeCost is the median cost of sipcode in one driver and mode, and
// the CPU time of each round (for paired ratios between modes of one
// driver, measured in the same rounds).
type modeCost struct {
	target, driver, mode string
	cpu, rss             float64
	rounds               []float64
}

func cpuList(ss []sample) []float64 {
	var xs []float64
	for _, s := range ss {
		xs = append(xs, s.cpu.Seconds())
	}
	return xs
}

// printCrossCosts prints, per target and driver, what -cross-package
// costs sipcode against its default mode.
func printCrossCosts(costs []modeCost) {
	header := false
	for _, c := range costs {
		if c.mode != "-cross-package" {
			continue
		}
		for _, d := range costs {
			if d.target != c.target || d.driver != c.driver || d.mode != "default" {
				continue
			}
			if !header {
				fmt.Println()
				fmt.Println("sipcode -cross-package against sipcode's default mode, same driver:")
				fmt.Println()
				fmt.Println("| target | driver | default CPU | -cross-package CPU | CPU ratio | paired ratio | default max RSS | -cross-package max RSS | RSS ratio |")
				fmt.Println("|---|---|---:|---:|---:|---:|---:|---:|---:|")
				header = true
			}
			paired := "-" // standalone modes run in separate rounds
			if c.driver != "standalone" && len(c.rounds) == len(d.rounds) {
				var rs []float64
				for i := range c.rounds {
					rs = append(rs, c.rounds[i]/d.rounds[i])
				}
				slices.Sort(rs)
				paired = fmt.Sprintf("%.3f", rs[len(rs)/2])
			}
			fmt.Printf("| %s | %s | %.2fs | %.2fs | %.3f | %s | %.0f MiB | %.0f MiB | %.3f |\n",
				c.target, c.driver, d.cpu, c.cpu, c.cpu/d.cpu, paired, mib(int64(d.rss)), mib(int64(c.rss)), c.rss/d.rss)
		}
	}
}

// A variant is one command line of a go vet round.
type variant struct {
	bin   string
	flags []string
	runs  []sample
}

// benchVet measures go vet -vettool=sipcode and -vettool=nop on t, in the
// default and the -cross-package mode, and prints their rows.
func benchVet(tmp string, t target, sipcode, nop string) (costs []modeCost, failed bool) {
	seed := ""
	if *vetCache == "warm" {
		// Plain go vet compiles what the vet tools need; its own results
		// are keyed by cmd/vet's ID, which neither tool shares.
		seed = filepath.Join(tmp, "gocache-seed-"+t.name)
		cmd := exec.Command("go", append([]string{"vet"}, t.patterns...)...)
		cmd.Dir = t.dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOCACHE="+seed)
		if err := cmd.Run(); err != nil {
			log.Printf("go vet on %s, to fill the seed cache: %v (ignored: vet's own findings exit 1 too; what it compiled is cached)", t.name, err)
		}
	}
	variants := []*variant{
		{bin: sipcode}, {bin: nop},
		{bin: sipcode, flags: []string{"-cross-package"}}, {bin: nop, flags: []string{"-cross-package"}},
	}
	for i := range *runs {
		for j := range variants {
			v := variants[(i+j)%len(variants)]
			s := measureVet(tmp, t, v.bin, v.flags, seed)
			mode := strings.Join(append([]string{"go vet"}, v.flags...), " ")
			if bad := vetProblem(s, v.bin == sipcode); bad != "" {
				log.Printf("%s %s on %s: %s", filepath.Base(v.bin), mode, t.name, bad)
				failed = true
			}
			if *verbose {
				log.Printf("%-7s %-8s %-28s cpu %8s wall %8s rss %6.0f MiB exit %d",
					filepath.Base(v.bin), t.name, mode, s.cpu.Round(time.Millisecond), s.wall.Round(time.Millisecond), mib(s.maxRSS), s.exit)
			}
			v.runs = append(v.runs, s)
		}
	}
	for m := range 2 {
		sip, base := variants[2*m].runs, variants[2*m+1].runs
		mode := strings.Join(append([]string{"go vet", *vetCache}, variants[2*m].flags...), " ")
		sc, nc := median(sip, cpuOf), median(base, cpuOf)
		sr, nr := median(sip, rssOf), median(base, rssOf)
		paired := pairedRatios(sip, base)
		fmt.Printf("| %s | %s | %.2fs | %.2fs | %.3f | %.3f | %.0f MiB | %.0f MiB | %.3f | |\n",
			t.name, mode, sc, nc, sc/nc, paired[len(paired)/2], mib(int64(sr)), mib(int64(nr)), sr/nr)
		cm := "default"
		if m == 1 {
			cm = "-cross-package"
		}
		costs = append(costs, modeCost{t.name, "go vet (" + *vetCache + " cache)", cm, sc, sr, cpuList(sip)})
	}
	return costs, failed
}

// vetProblem is problem for a go vet run: go vet exits 1 when the vet tool
// reports findings.
func vetProblem(s sample, isSipcode bool) string {
	if isSipcode && s.exit == 1 && !strings.Contains(s.stderr, ": ") {
		return fmt.Sprintf("exit status 1 without findings:\n%s", tail(s.stderr))
	}
	if isSipcode && s.exit == 1 {
		s.exit = 0
	}
	return problem(s, false)
}

// measureVet runs go vet -vettool=bin on t with a GOCACHE of its own: empty,
// or a copy of seed.
func measureVet(tmp string, t target, bin string, flags []string, seed string) sample {
	cache, err := os.MkdirTemp(tmp, "gocache-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(cache)
	if seed != "" {
		linkTree(seed, cache)
	}
	args := append([]string{"vet", "-vettool=" + bin}, flags...)
	return measureCmd(t, "go", append(args, t.patterns...), "GOCACHE="+cache)
}

// linkTree fills dst with hard links to the files of src (a Go build cache
// never rewrites a file in place).
func linkTree(src, dst string) { walkFiles(src, dst, os.Link) }

// problem reports what is wrong with a run: a panic, an internal error, or
// an exit status other than 0 (nothing found) or 3 (findings).
func problem(s sample, isSipcode bool) string {
	for _, bad := range []string{"panic", "internal error", "analysis skipped"} {
		if strings.Contains(s.stderr, bad) {
			return fmt.Sprintf("stderr has %q:\n%s", bad, tail(s.stderr))
		}
	}
	if s.exit != 0 && (!isSipcode || s.exit != 3) {
		return fmt.Sprintf("exit status %d:\n%s", s.exit, tail(s.stderr))
	}
	return ""
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	return strings.Join(lines, "\n")
}

// measure runs bin on t and reads the resources the process and its
// children (go list, the compiler it may start) used.
func measure(t target, bin string, flags []string) sample {
	return measureCmd(t, bin, append(slices.Clone(flags), t.patterns...))
}

// measureCmd runs bin with args in t's directory, with env added to the
// environment.
func measureCmd(t target, bin string, args []string, env ...string) sample {
	cmd := exec.Command(bin, args...)
	cmd.Dir = t.dir
	cmd.Env = append(append(os.Environ(), "GOFLAGS=-mod=mod"), env...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	start := time.Now()
	err := cmd.Run()
	s := sample{wall: time.Since(start), stderr: stderr.String()}
	if err != nil {
		if _, ok := err.(*exec.ExitError); !ok {
			log.Fatalf("running %s: %v", bin, err)
		}
	}
	st := cmd.ProcessState
	s.exit = st.ExitCode()
	s.cpu = st.UserTime() + st.SystemTime()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		s.maxRSS = int64(ru.Maxrss)
		if runtime.GOOS != "darwin" {
			s.maxRSS *= 1024 // kilobytes everywhere but macOS
		}
	}
	return s
}

func cpuOf(s sample) float64 { return s.cpu.Seconds() }
func rssOf(s sample) float64 { return float64(s.maxRSS) }
func mib(n int64) float64    { return float64(n) / (1 << 20) }

func median(ss []sample, f func(sample) float64) float64 {
	var xs []float64
	for _, s := range ss {
		xs = append(xs, f(s))
	}
	slices.Sort(xs)
	if len(xs)%2 == 1 {
		return xs[len(xs)/2]
	}
	return (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
}

func build(tmp, name, pkg string) string {
	out := filepath.Join(tmp, name)
	if runtime.GOOS == "windows" {
		out += ".exe"
	}
	goCmd("", "build", "-o", out, pkg)
	return out
}

// goCmd runs the go command and returns its standard output.
func goCmd(dir string, args ...string) []byte {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		log.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return out
}

func goVersion() string {
	return strings.TrimSpace(string(goCmd("", "env", "GOVERSION")))
}

// moduleDir returns the module cache directory of path@version, downloading
// the module if it is not there yet.
func moduleDir(path, version string) string {
	var m struct{ Dir, Error string }
	if err := json.Unmarshal(goCmd(os.TempDir(), "mod", "download", "-json", path+"@"+version), &m); err != nil || m.Dir == "" {
		log.Fatalf("go mod download %s@%s: %v %s", path, version, err, m.Error)
	}
	return m.Dir
}

func prepare(tmp, name string) target {
	switch name {
	case "sip":
		return prepareSIP(tmp)
	case "tools":
		dir := filepath.Join(tmp, "tools")
		copyTree(moduleDir("golang.org/x/tools", "v0.52.0"), dir)
		goCmd(dir, "list", "-e", "-deps", "-test", "./go/...") // resolve the module graph once
		return target{name: "tools", dir: dir, patterns: []string{"./go/..."}, goal: 1.01}
	case "std":
		dir := filepath.Join(tmp, "std")
		if err := os.MkdirAll(dir, 0o755); err != nil {
			log.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module stdbench\n"), 0o644); err != nil {
			log.Fatal(err)
		}
		return target{name: "std", dir: dir, patterns: []string{"std"}}
	}
	log.Fatalf("unknown target %q (want sip, tools or std)", name)
	panic("unreachable")
}

// sipTarget copies diago v0.42.1 to dir and sipgo v1.7.2 into dir/_sipgo,
// which diago's go.mod is made to use, so that the driver analyses the
// syntax of both, tests included. Returns the patterns that name them.
func sipTarget(dir, diago, sipgo string) []string {
	copyTree(diago, dir)
	copyTree(sipgo, filepath.Join(dir, "_sipgo"))
	// sipgo's module zip lacks the certificates its TLS test embeds.
	certs := filepath.Join(dir, "_sipgo", "testdata", "certs")
	if err := os.MkdirAll(certs, 0o755); err != nil {
		log.Fatal(err)
	}
	for _, f := range []string{"server.crt", "server.key", "client.crt", "client.key"} {
		if err := os.WriteFile(filepath.Join(certs, f), nil, 0o644); err != nil {
			log.Fatal(err)
		}
	}
	goCmd(dir, "mod", "edit", "-replace=github.com/emiago/sipgo=./_sipgo")
	patterns := []string{"./..."}
	seen := map[string]bool{}
	root := filepath.Join(dir, "_sipgo")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), "_") && path != root) {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".go") {
			rel, _ := filepath.Rel(root, filepath.Dir(path))
			pkg := "github.com/emiago/sipgo"
			if rel != "." {
				pkg += "/" + filepath.ToSlash(rel)
			}
			if !seen[pkg] {
				seen[pkg] = true
				patterns = append(patterns, pkg)
			}
		}
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	return patterns
}

func prepareSIP(tmp string) target {
	dir := filepath.Join(tmp, "sip")
	patterns := sipTarget(dir, moduleDir("github.com/emiago/diago", "v0.42.1"), moduleDir("github.com/emiago/sipgo", "v1.7.2"))
	goCmd(dir, append([]string{"list", "-e", "-deps", "-test"}, patterns...)...) // resolve the module graph once
	return target{name: "sip", dir: dir, patterns: patterns, goal: 1.05}
}

// copyTree copies a module's files, leaving them writable.
func copyTree(src, dst string) {
	walkFiles(src, dst, func(path, out string) error {
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
}

// walkFiles makes src's directories under dst and calls file for each of
// its regular files with the path it gets there.
func walkFiles(src, dst string, file func(path, out string) error) {
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		out := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(out, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		return file(path, out)
	})
	if err != nil {
		log.Fatal(err)
	}
}
