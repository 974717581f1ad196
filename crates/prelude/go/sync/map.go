// Map of Goroutine Dojo's sync package. Go's sync.Map is a lock-free hash
// trie; the Dojo's is an ordinary Go map guarded by a Mutex, so every
// operation is one visible lock and unlock when you step through it. The
// results of every method are the same as Go's.

package sync

// Map is a map[any]any that many goroutines may use at once without extra
// locking. The zero value is an empty map ready to use. As in Go, keys
// must be comparable (an uncomparable key panics like a map index does).
type Map struct {
	_ noCopy

	mu Mutex
	m  map[any]any // nil until the first store
}

// Load returns the value stored for key, and whether there was one.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	if !ok {
		mustHash(key)
	}
	return value, ok
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.Swap(key, value)
}

// Clear removes every entry.
func (m *Map) Clear() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.m = nil
}

// LoadOrStore returns the value already stored for key, with loaded true,
// or else stores value and returns it, with loaded false.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if old, ok := m.m[key]; ok {
		return old, true
	}
	m.put(key, value)
	return value, false
}

// LoadAndDelete removes key and returns the value it had, if any; loaded
// says whether it was there.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	if loaded {
		delete(m.m, key)
	} else {
		mustHash(key)
	}
	return value, loaded
}

// Delete removes key, if present.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Swap stores value for key and returns the previous value, if any;
// loaded says whether there was one.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	previous, loaded = m.m[key]
	m.put(key, value)
	return previous, loaded
}

// CompareAndSwap stores new for key if the value stored now is equal to
// old, and reports whether it did. A missing key never matches, not even
// old == nil. Comparing uncomparable values panics, as in Go.
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.m[key]
	if !ok {
		mustHash(key)
		return false
	}
	if cur != old {
		return false
	}
	m.m[key] = new
	return true
}

// CompareAndDelete removes key if its value is equal to old, and reports
// whether it did. A missing key never matches, not even old == nil.
func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur, ok := m.m[key]
	if !ok {
		mustHash(key)
		return false
	}
	if cur != old {
		return false
	}
	delete(m.m, key)
	return true
}

// Range calls f for each key and value until f returns false. As Go's
// sync.Map allows, it walks a copy taken at the start, in map order, and
// does not hold the lock while f runs, so f may use the Map freely; an
// entry deleted by f before Range reaches it is skipped, and entries added
// meanwhile are not visited.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	for k := range m.m {
		keys = append(keys, k)
	}
	m.mu.Unlock()

	for _, k := range keys {
		v, ok := m.Load(k)
		if !ok {
			continue
		}
		if !f(k, v) {
			return
		}
	}
}

// put stores value for key, making the map on first use. m.mu must be held.
func (m *Map) put(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// mustHash panics, as Go's sync.Map does, if key cannot be a map key
// ("runtime error: hash of unhashable type []int"). A lookup that found
// key has already shown it is fine, so this is only needed on a miss, and
// only because the engine's map lookup and delete do not check the key
// themselves (an assignment does).
func mustHash(key any) {
	_ = map[any]bool{key: true}
}
