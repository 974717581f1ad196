// Shim for the harness: sync's natives implemented with Go's own sync.
// Each Mutex, RWMutex and WaitGroup is backed by a real one found by its
// address, so Go's own fatal errors, panics and blocking are used.

package sync

import real "sync"

var (
	tables     real.Mutex
	mutexes    = map[*Mutex]*real.Mutex{}
	rwmutexes  = map[*RWMutex]*real.RWMutex{}
	waitgroups = map[*WaitGroup]*real.WaitGroup{}
	lists      = map[*notifyList]*list{}
)

func rm(m *Mutex) *real.Mutex {
	tables.Lock()
	defer tables.Unlock()
	if mutexes[m] == nil {
		mutexes[m] = new(real.Mutex)
	}
	return mutexes[m]
}

func rrw(rw *RWMutex) *real.RWMutex {
	tables.Lock()
	defer tables.Unlock()
	if rwmutexes[rw] == nil {
		rwmutexes[rw] = new(real.RWMutex)
	}
	return rwmutexes[rw]
}

func rwg(wg *WaitGroup) *real.WaitGroup {
	tables.Lock()
	defer tables.Unlock()
	if waitgroups[wg] == nil {
		waitgroups[wg] = new(real.WaitGroup)
	}
	return waitgroups[wg]
}

func (m *Mutex) Lock()              { rm(m).Lock() }
func (m *Mutex) Unlock()            { rm(m).Unlock() }
func (m *Mutex) TryLock() bool      { return rm(m).TryLock() }
func (rw *RWMutex) Lock()           { rrw(rw).Lock() }
func (rw *RWMutex) Unlock()         { rrw(rw).Unlock() }
func (rw *RWMutex) RLock()          { rrw(rw).RLock() }
func (rw *RWMutex) RUnlock()        { rrw(rw).RUnlock() }
func (rw *RWMutex) TryLock() bool   { return rrw(rw).TryLock() }
func (rw *RWMutex) TryRLock() bool  { return rrw(rw).TryRLock() }
func (wg *WaitGroup) Add(delta int) { rwg(wg).Add(delta) }
func (wg *WaitGroup) Wait()         { rwg(wg).Wait() }

// list is a ticket queue: tickets below notify have been notified.
type list struct {
	wait, notify uint32
	parked       map[uint32]chan struct{}
}

func getList(l *notifyList) *list {
	if lists[l] == nil {
		lists[l] = &list{parked: map[uint32]chan struct{}{}}
	}
	return lists[l]
}

func notifyListAdd(l *notifyList) uint32 {
	tables.Lock()
	defer tables.Unlock()
	s := getList(l)
	s.wait++
	return s.wait - 1
}

func notifyListWait(l *notifyList, t uint32) {
	tables.Lock()
	s := getList(l)
	if int32(t-s.notify) < 0 {
		tables.Unlock()
		return
	}
	ch := make(chan struct{})
	s.parked[t] = ch
	tables.Unlock()
	<-ch
}

func wake(s *list, t uint32) {
	if ch := s.parked[t]; ch != nil {
		close(ch)
		delete(s.parked, t)
	}
}

func notifyListNotifyOne(l *notifyList) {
	tables.Lock()
	defer tables.Unlock()
	s := getList(l)
	if s.wait == s.notify {
		return
	}
	wake(s, s.notify)
	s.notify++
}

func notifyListNotifyAll(l *notifyList) {
	tables.Lock()
	defer tables.Unlock()
	s := getList(l)
	for ; s.notify != s.wait; s.notify++ {
		wake(s, s.notify)
	}
}
