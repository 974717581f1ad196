// What Go's os package has and Goroutine Dojo's does not:
// a program using one of these names is told the Dojo does not support
// it. Written by crates/prelude/gen/lacks.go; do not edit.

//dojo:lacks Args Chdir Chmod Chown Chtimes Clearenv CopyFS Create
//dojo:lacks CreateTemp DevNull DirEntry DirFS Environ ErrClosed
//dojo:lacks ErrDeadlineExceeded ErrExist ErrNoDeadline ErrNoHandle
//dojo:lacks ErrNotExist ErrPermission ErrProcessDone Executable Expand
//dojo:lacks ExpandEnv File.Chdir File.Chmod File.Chown File.Close File.Read
//dojo:lacks File.ReadAt File.ReadDir File.ReadFrom File.Readdir
//dojo:lacks File.Readdirnames File.Seek File.SetDeadline
//dojo:lacks File.SetReadDeadline File.SetWriteDeadline File.Stat
//dojo:lacks File.SyscallConn File.Truncate File.WriteAt File.WriteTo
//dojo:lacks FileInfo FileMode FindProcess Getegid Geteuid Getgid Getgroups
//dojo:lacks Getpagesize Getpid Getppid Getuid Getwd Hostname Interrupt
//dojo:lacks IsExist IsNotExist IsPathSeparator IsPermission IsTimeout Kill
//dojo:lacks Lchown Link LinkError LinkError.Error LinkError.Unwrap Lstat
//dojo:lacks Mkdir MkdirAll MkdirTemp ModeAppend ModeCharDevice ModeDevice
//dojo:lacks ModeDir ModeExclusive ModeIrregular ModeNamedPipe ModePerm
//dojo:lacks ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink
//dojo:lacks ModeTemporary ModeType NewFile NewSyscallError O_APPEND
//dojo:lacks O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC O_TRUNC O_WRONLY Open
//dojo:lacks OpenFile OpenInRoot OpenRoot PathError PathListSeparator
//dojo:lacks PathSeparator Pipe ProcAttr Process Process.Kill
//dojo:lacks Process.Release Process.Signal Process.Wait Process.WithHandle
//dojo:lacks ProcessState ProcessState.ExitCode ProcessState.Exited
//dojo:lacks ProcessState.Pid ProcessState.String ProcessState.Success
//dojo:lacks ProcessState.Sys ProcessState.SysUsage ProcessState.SystemTime
//dojo:lacks ProcessState.UserTime ReadDir ReadFile Readlink Remove
//dojo:lacks RemoveAll Rename Root Root.Chmod Root.Chown Root.Chtimes
//dojo:lacks Root.Close Root.Create Root.FS Root.Lchown Root.Link Root.Lstat
//dojo:lacks Root.Mkdir Root.MkdirAll Root.Name Root.Open Root.OpenFile
//dojo:lacks Root.OpenRoot Root.ReadFile Root.Readlink Root.Remove
//dojo:lacks Root.RemoveAll Root.Rename Root.Stat Root.Symlink
//dojo:lacks Root.WriteFile SEEK_CUR SEEK_END SEEK_SET SameFile Setenv
//dojo:lacks Signal StartProcess Stat Symlink SyscallError
//dojo:lacks SyscallError.Error SyscallError.Timeout SyscallError.Unwrap
//dojo:lacks TempDir Truncate Unsetenv UserCacheDir UserConfigDir
//dojo:lacks UserHomeDir WriteFile

package os
