using System.Runtime.InteropServices;

namespace Personas.Cli;

/// <summary>
/// Makes SIGINT reach <c>personas kernel run</c> when the kernel inherited it as ignored.
/// </summary>
/// <remarks>
/// A process started in the background by a non-interactive shell (<c>jupyter lab &amp;</c>, <c>nohup</c>, a CI script
/// that starts a job with <c>&amp;</c>) has SIGINT ignored, and its children inherit that. .NET respects an inherited
/// ignore and never installs its SIGINT handler, so Jupyter's signal interrupts (<c>interrupt_mode: signal</c>, or a
/// front end's SIGINT to the kernel process) would never reach the running cell. A kernel is meant to be interrupted
/// by that signal whoever started it (ipykernel installs its SIGINT handler whatever it inherited), so for
/// <c>kernel run</c> an ignored SIGINT is set back to the default before .NET sets up its signal handling (the first
/// use of Console, Process or PosixSignalRegistration). Every other command keeps the shell's choice.
/// </remarks>
internal static class KernelSignals
{
    private const int SigInt = 2; // the same number on Linux and macOS
    private const nint SigDfl = 0;
    private const nint SigIgn = 1;

    /// <summary>Whether the arguments run the kernel (<c>kernel run</c>, possibly after global options).</summary>
    internal static bool IsKernelRun(IReadOnlyList<string> args)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == "kernel" && args[i + 1] == "run")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For <c>kernel run</c> on Linux or macOS, sets an inherited ignored SIGINT back to the default; call it first.</summary>
    /// <returns>True when SIGINT was ignored and is now the default.</returns>
    internal static bool AcceptInterrupts(IReadOnlyList<string> args)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) || !IsKernelRun(args))
        {
            return false;
        }

        try
        {
            // sigaction(SIGINT, NULL, &old) reads the disposition without changing it; the handler is the first field of
            // struct sigaction on Linux and macOS. 512 bytes hold the whole struct on both.
            var old = Marshal.AllocHGlobal(512);
            try
            {
                if (NativeMethods.sigaction(SigInt, 0, old) != 0 || Marshal.ReadIntPtr(old) != SigIgn)
                {
                    return false;
                }
            }
            finally
            {
                Marshal.FreeHGlobal(old);
            }

            return NativeMethods.signal(SigInt, SigDfl) == SigIgn;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
#pragma warning disable SYSLIB1054 // LibraryImport needs unsafe code, which the command does not allow.
        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int sigaction(int signal, nint action, nint oldAction);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern nint signal(int signal, nint handler);
#pragma warning restore SYSLIB1054
    }
}
