// Pipe of Goroutine Dojo's io package: a synchronous in-memory pipe. There
// is no buffer: each Write hands its bytes to Reads over a channel and
// waits until they have all been taken, so a writer with no reader blocks,
// just as an unbuffered channel send does. Closing either end closes a
// shared done channel that wakes whoever is waiting.

package io

import "sync"

// firstError keeps the first error stored in it; later ones are dropped.
type firstError struct {
	sync.Mutex
	err error
}

func (f *firstError) store(err error) {
	f.Lock()
	defer f.Unlock()
	if f.err == nil {
		f.err = err
	}
}

func (f *firstError) load() error {
	f.Lock()
	defer f.Unlock()
	return f.err
}

// pipe is the state both ends share.
type pipe struct {
	writing sync.Mutex    // one Write at a time
	data    chan []byte   // a writer offers what is left of its bytes
	taken   chan int      // the reader answers how many it took
	once    sync.Once     // closes done exactly once
	done    chan struct{} // closed when either end is closed
	rerr    firstError    // why the read end was closed
	werr    firstError    // why the write end was closed
}

func (p *pipe) read(b []byte) (int, error) {
	select {
	case <-p.done:
		return 0, p.readError()
	default:
	}
	select {
	case chunk := <-p.data:
		n := copy(b, chunk)
		p.taken <- n
		return n, nil
	case <-p.done:
		return 0, p.readError()
	}
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeError()
	default:
		p.writing.Lock()
		defer p.writing.Unlock()
	}
	// An empty Write still waits for a Read to take it.
	for first := true; first || len(b) > 0; first = false {
		select {
		case p.data <- b:
			k := <-p.taken
			b = b[k:]
			n += k
		case <-p.done:
			return n, p.writeError()
		}
	}
	return n, nil
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.rerr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.werr.store(err)
	p.once.Do(func() { close(p.done) })
	return nil
}

// readError is what a Read sees once the pipe is closed: the writer's
// reason (EOF after a plain Close) unless the reader closed its own end.
func (p *pipe) readError() error {
	rerr := p.rerr.load()
	if werr := p.werr.load(); rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

// writeError is what a Write sees once the pipe is closed.
func (p *pipe) writeError() error {
	werr := p.werr.load()
	if rerr := p.rerr.load(); werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

// PipeReader is the read end of a pipe.
type PipeReader struct{ pipe }

// Read blocks until a writer offers bytes or the pipe is closed; after a
// Close of the write end it returns that end's error (EOF by default).
func (r *PipeReader) Read(data []byte) (n int, err error) { return r.pipe.read(data) }

// Close closes the read end: Writes then fail with ErrClosedPipe.
func (r *PipeReader) Close() error { return r.CloseWithError(nil) }

// CloseWithError closes the read end; Writes then fail with err.
func (r *PipeReader) CloseWithError(err error) error { return r.pipe.closeRead(err) }

// PipeWriter is the write end of a pipe.
type PipeWriter struct{ r PipeReader }

// Write blocks until readers have taken every byte or the pipe is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) { return w.r.pipe.write(data) }

// Close closes the write end: Reads then return EOF.
func (w *PipeWriter) Close() error { return w.CloseWithError(nil) }

// CloseWithError closes the write end; Reads then return err (EOF if nil).
func (w *PipeWriter) CloseWithError(err error) error { return w.r.pipe.closeWrite(err) }

// Pipe creates a synchronous in-memory pipe. Reads and Writes on it are
// matched one to one, with no internal buffering; it is safe to call them
// from several goroutines.
func Pipe() (*PipeReader, *PipeWriter) {
	w := &PipeWriter{r: PipeReader{pipe: pipe{
		data:  make(chan []byte),
		taken: make(chan int),
		done:  make(chan struct{}),
	}}}
	return &w.r, w
}
