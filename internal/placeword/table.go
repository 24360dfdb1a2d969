package placeword

import (
	"maps"
	"slices"
)

// A table maps keys to values like a map, looked up with a []byte key
// without hashing through the runtime: open addressing over a power of two
// of slots, a quarter full at most, filled in sorted key order, so that a
// lookup costs the same in every run (a map's cost varies with its random
// seed).
type table[V any] struct {
	slots []slot[V]
	mask  uint64
}

type slot[V any] struct {
	key  string
	used bool
	val  V
}

// newTable returns the table of m.
func newTable[V any](m map[string]V) *table[V] {
	size := 1
	for size < 4*len(m) {
		size *= 2
	}
	t := &table[V]{slots: make([]slot[V], size), mask: uint64(size - 1)}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		h := hashKey(k)
		for t.slots[h&t.mask].used {
			h++
		}
		t.slots[h&t.mask] = slot[V]{key: k, used: true, val: m[k]}
	}
	return t
}

// get returns the value of key.
func (t *table[V]) get(key []byte) (V, bool) {
	for h := hashKey(key); ; h++ {
		s := &t.slots[h&t.mask]
		if !s.used {
			var zero V
			return zero, false
		}
		if s.key == string(key) {
			return s.val, true
		}
	}
}

// hashKey is FNV-1a over the bytes of k, its length mixed in.
func hashKey[S ~string | ~[]byte](k S) uint64 {
	h := uint64(14695981039346656037) ^ uint64(len(k))
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	return h ^ h>>29
}
