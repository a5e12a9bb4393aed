package verdict

import (
	"testing"

	"github.com/sipcode/sipcode/registry"
)

func BenchmarkEditDistance(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		editDistance("temporarly unavailable", "temporarily unavailable", 3)
	}
}

func BenchmarkNearMiss(b *testing.B) {
	code, _ := registry.Lookup(480)
	b.ReportAllocs()
	for b.Loop() {
		nearMiss(code, "Temporarly unavailable")
	}
}
