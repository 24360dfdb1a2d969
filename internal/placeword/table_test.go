package placeword

import "testing"

func TestTable(t *testing.T) {
	m := map[string]int{"": 7, "japan": 1, "united states": 2, "republic of korea": 3, "a": 4, "the hague": 5}
	for i := range 200 {
		m[string(rune('a'+i%26))+string(rune('a'+i/26))] = 100 + i
	}
	tb := newTable(m)
	for k, v := range m {
		if got, ok := tb.get([]byte(k)); !ok || got != v {
			t.Errorf("get(%q) = %d, %v; want %d, true", k, got, ok, v)
		}
	}
	for _, k := range []string{"japa", "japan ", "united", "zz9", "republic of korea x"} {
		if got, ok := tb.get([]byte(k)); ok {
			t.Errorf("get(%q) = %d, true; want no key", k, got)
		}
	}
}
