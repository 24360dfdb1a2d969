package readout

import (
	"sync"
	"time"
)

// JSTName is the IANA name of Japan Standard Time.
const JSTName = "Asia/Tokyo"

var (
	locMu    sync.Mutex
	locCache = map[string]*time.Location{}
)

// LoadLocation returns the IANA location name, loading it once and caching it.
// It is safe for concurrent use.
func LoadLocation(name string) (*time.Location, error) {
	locMu.Lock()
	defer locMu.Unlock()
	if l, ok := locCache[name]; ok {
		return l, nil
	}
	l, err := time.LoadLocation(name)
	if err != nil {
		return nil, err
	}
	locCache[name] = l
	return l, nil
}

// JST returns the Asia/Tokyo location. It panics if the IANA database has no
// Asia/Tokyo: import time/tzdata in programs that may run without one.
func JST() *time.Location {
	l, err := LoadLocation(JSTName)
	if err != nil {
		panic("readout: cannot load " + JSTName + ": " + err.Error())
	}
	return l
}
