// What Go's runtime package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks AddCleanup BlockProfile BlockProfileRecord Breakpoint
//dojo:lacks CPUProfile Caller Callers CallersFrames Cleanup Cleanup.Stop
//dojo:lacks Frame Frames Frames.Next Func Func.Entry Func.FileLine
//dojo:lacks Func.Name FuncForPC GOROOT GoroutineProfile LockOSThread
//dojo:lacks MemProfile MemProfileRate MemProfileRecord
//dojo:lacks MemProfileRecord.InUseBytes MemProfileRecord.InUseObjects
//dojo:lacks MemProfileRecord.Stack MemStats MutexProfile NumCgoCall Pinner
//dojo:lacks Pinner.Pin Pinner.Unpin ReadMemStats ReadTrace
//dojo:lacks SetBlockProfileRate SetCPUProfileRate SetCgoTraceback
//dojo:lacks SetDefaultGOMAXPROCS SetFinalizer SetMutexProfileFraction Stack
//dojo:lacks StackRecord StackRecord.Stack StartTrace StopTrace
//dojo:lacks ThreadCreateProfile UnlockOSThread

package runtime
