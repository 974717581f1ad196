// Natives of package sync: every operation that blocks a goroutine or wakes
// one up. The engine implements these in Rust and keys its state by the
// address of the Mutex, RWMutex, WaitGroup or notifyList; see
// crates/prelude/natives.md for the wait reasons and fatal errors.

package sync

// Lock locks m. If m is locked, the goroutine blocks (wait reason
// "sync.Mutex.Lock") until it is its turn to get m.
func (m *Mutex) Lock()

// Unlock unlocks m and lets one blocked Lock proceed. Any goroutine may
// unlock. Unlocking an unlocked Mutex is the fatal error
// "fatal error: sync: unlock of unlocked mutex" (not a panic: recover
// cannot stop it).
func (m *Mutex) Unlock()

// TryLock locks m and returns true if m is unlocked; otherwise it returns
// false at once.
func (m *Mutex) TryLock() bool

// Lock locks rw for writing: it waits for the writer that holds rw (wait
// reason "sync.Mutex.Lock"), then for the readers that hold it (wait
// reason "sync.RWMutex.Lock"). While a writer waits, new RLocks block.
func (rw *RWMutex) Lock()

// Unlock unlocks rw for writing and lets the blocked readers in, then the
// next writer. Fatal error if rw is not write-locked:
// "fatal error: sync: Unlock of unlocked RWMutex".
func (rw *RWMutex) Unlock()

// RLock locks rw for reading. It blocks (wait reason "sync.RWMutex.RLock")
// while a writer holds rw or is waiting for it.
func (rw *RWMutex) RLock()

// RUnlock undoes one RLock. Fatal error if rw is not read-locked:
// "fatal error: sync: RUnlock of unlocked RWMutex".
func (rw *RWMutex) RUnlock()

// TryLock write-locks rw and returns true if nobody holds it; otherwise it
// returns false at once.
func (rw *RWMutex) TryLock() bool

// TryRLock read-locks rw and returns true if no writer holds or waits for
// it; otherwise it returns false at once.
func (rw *RWMutex) TryRLock() bool

// Add adds delta (possibly negative) to the counter. When the counter
// reaches zero every goroutine blocked in Wait is released. A negative
// counter panics with "sync: negative WaitGroup counter".
func (wg *WaitGroup) Add(delta int)

// Wait blocks (wait reason "sync.WaitGroup.Wait") until the counter is
// zero; it returns at once if it already is.
func (wg *WaitGroup) Wait()

// notifyListAdd takes the next ticket of l: a Cond.Wait that starts now
// must be woken by a Signal/Broadcast that happens after this call, even
// if that comes before notifyListWait.
func notifyListAdd(l *notifyList) uint32

// notifyListWait blocks (wait reason "sync.Cond.Wait") until ticket t has
// been notified; it returns at once if that already happened.
func notifyListWait(l *notifyList, t uint32)

// notifyListNotifyOne notifies the oldest ticket not yet notified, if any.
func notifyListNotifyOne(l *notifyList)

// notifyListNotifyAll notifies every ticket taken so far.
func notifyListNotifyAll(l *notifyList)
