package parse

import (
	"strings"

	"github.com/diplomacy-data/readout"
)

// jaLinkKey is the number of runes of a short name by which a jaNames index
// finds the participants it may name.
const jaLinkKey = 8

// jaLinkScan is the number of participants up to which jaLink scans them
// instead of indexing them.
const jaLinkScan = 16

// A jaNames indexes the names of the participants for jaLink, so that
// linking a mention costs the same however many people a readout names.
// Each participant is listed under the first jaLinkKey runes of every short
// form that links to it (jaLinks): its whole name, each rune prefix of a
// kanji name, and the parts before and after each "・" of a katakana name.
// A lookup checks the listed participants with jaLinks, in order.
//
// The lists are chains in one array rather than a slice per key: a body
// naming thousands of people has several keys a person, and a small slice
// and its header each took more than the 8 bytes of a link.
type jaNames struct {
	n     int               // participants indexed: [0, n)
	by    map[string]uint64 // key → its list: first link << 32 | last link
	links []jaNameLink
}

// A jaNameLink lists participant id under a key of jaNames; next is the
// index of the key's next link, or -1. int32: a text of at most
// MaxInputBytes has fewer participants.
type jaNameLink struct{ id, next int32 }

// sync indexes the participants appended since the last call. Names do not
// change once a participant is added.
// A readout names a few people: the index is built only when there are more
// than jaLinkScan, and find scans them until then.
func (x *jaNames) sync(ps []readout.Participant) {
	if x.by == nil {
		if len(ps) <= jaLinkScan {
			return
		}
		x.by = map[string]uint64{}
	}
	for ; x.n < len(ps); x.n++ {
		full := ps[x.n].Name
		if full == "" {
			continue
		}
		x.add(full)
		if strings.Contains(full, "・") {
			for d := strings.Index(full, "・"); d >= 0; {
				x.add(full[:d])
				rest := full[d+len("・"):]
				x.add(rest)
				e := strings.Index(rest, "・")
				if e < 0 {
					break
				}
				d += len("・") + e
			}
			continue
		}
		// A kanji name links by its start: each prefix of up to
		// jaLinkKey runes (a longer prefix has the same key as the
		// whole name's).
		k := 0
		for i := range full {
			if k == jaLinkKey {
				break
			}
			if i > 0 {
				x.add(full[:i])
			}
			k++
		}
	}
}

// add lists participant x.n under the key of the short form short.
func (x *jaNames) add(short string) {
	if short == "" {
		return
	}
	k := runePrefix(short, jaLinkKey)
	at := uint64(len(x.links))
	if list, ok := x.by[k]; ok {
		last := uint32(list)
		if int(x.links[last].id) == x.n {
			return
		}
		x.links[last].next = int32(at)
		x.by[k] = list>>32<<32 | at
	} else {
		x.by[k] = at<<32 | at
	}
	x.links = append(x.links, jaNameLink{id: int32(x.n), next: -1})
}

// find returns the first participant that short names, or -1.
func (x *jaNames) find(ps []readout.Participant, short string) int {
	if x.by == nil {
		for i, q := range ps {
			if jaLinks(short, q.Name) {
				return i
			}
		}
		return -1
	}
	list, ok := x.by[runePrefix(short, jaLinkKey)]
	if !ok {
		return -1
	}
	for l := int32(list >> 32); l >= 0; l = x.links[l].next {
		if i := int(x.links[l].id); jaLinks(short, ps[i].Name) {
			return i
		}
	}
	return -1
}
