using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using Personas.Data;

namespace Personas.Tests.Hardening;

/// <summary>
/// Runs a reader on generated cases: each case is written to a file under /dev/shm (or the temp folder), read on a
/// worker with a time bound, and must either succeed (then the caller's invariants are checked) or throw a
/// <see cref="PersonasDataException"/> with a location. Any other exception, a hang or an allocation out of
/// proportion to the input fails the property and FsCheck prints the case.
/// </summary>
internal static class FuzzHarness
{
    /// <summary>The number of cases per reader (the issue asks for at least 10,000).</summary>
    internal const int Cases = 10_000;

    /// <summary>A case taking longer than this is a hang (generous: the machine is shared; typical cases take well under a millisecond).</summary>
    internal static readonly TimeSpan TimeBound = TimeSpan.FromSeconds(20);

    /// <summary>The most a case may allocate: a fixed allowance plus a multiple of its size (buffers, columns, strings).</summary>
    internal static long AllocationBound(long inputBytes) => (64L << 20) + (inputBytes * 64);

    /// <summary>A folder for case files, in memory when /dev/shm exists.</summary>
    internal static string NewFolder(string name)
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var dir = Path.Combine(root, $"personas-fuzz-{name}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Checks the property over <see cref="Cases"/> generated cases and returns how many reads succeeded.</summary>
    /// <typeparam name="T">What the reader returns.</typeparam>
    /// <param name="name">A short name (for the folder).</param>
    /// <param name="cases">The case generator.</param>
    /// <param name="read">Reads a file path.</param>
    /// <param name="check">Checks a successful result's invariants (returns an error text or null).</param>
    /// <returns>(successful reads, data exceptions).</returns>
    internal static (int Read, int Rejected) Run<T>(string name, Gen<FuzzCase> cases, Func<string, T> read, Func<T, FuzzCase, string?> check)
    {
        var dir = NewFolder(name);
        int ok = 0, rejected = 0, total = 0;
        try
        {
            var property = Prop.ForAll(cases.ToArbitrary(), c =>
            {
                total++;
                var path = Path.Combine(dir, "case" + c.Extension);
                File.WriteAllBytes(path, c.Bytes);
                var outcome = Outcome(() => read(path), c.Bytes.Length);
                if (outcome.Error is { } error)
                {
                    Keep(name, c);
                    return false.Label(error);
                }

                if (outcome.Exception is { } e)
                {
                    rejected++;
                    if (!CheckLocation(e, c))
                    {
                        Keep(name, c);
                        return false.Label("exception without a location: " + e.Message);
                    }

                    return true.ToProperty();
                }

                ok++;
                var problem = check(outcome.Value!, c);
                if (problem is not null)
                {
                    Keep(name, c);
                }

                return (problem is null).Label(problem ?? string.Empty);
            });
            Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true).WithStartSize(1).WithEndSize(100), property);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        Assert.True(total >= Cases, $"only {total} cases ran");
        return (ok, rejected);
    }

    /// <summary>Runs <paramref name="read"/> on a worker thread under the time bound and measures what it allocates.</summary>
    internal static (T? Value, PersonasDataException? Exception, string? Error) Outcome<T>(Func<T> read, long inputBytes)
    {
        long allocated = 0;
        var task = Task.Factory.StartNew(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                return read();
            }
            finally
            {
                allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        var watch = Stopwatch.StartNew();
        if (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(TimeBound))
        {
            return (default, null, $"no result after {watch.Elapsed.TotalSeconds:0.0} s (hang)");
        }

        if (allocated > AllocationBound(inputBytes))
        {
            return (default, null, $"allocated {allocated:N0} bytes for a {inputBytes:N0}-byte input");
        }

        if (task.IsFaulted)
        {
            var e = task.Exception!.InnerException!;
            return e is PersonasDataException p ? (default, p, null) : (default, null, $"{e.GetType().FullName}: {e.Message}\n{e.StackTrace}");
        }

        return (task.Result, null, null);
    }

    /// <summary>Keeps a failing case for a regression test (in the temp folder; FsCheck prints only its start).</summary>
    private static void Keep(string name, FuzzCase c)
    {
        try
        {
            File.WriteAllBytes(Path.Combine(Path.GetTempPath(), $"personas-fuzz-failure-{name}{c.Extension}"), c.Bytes);
        }
        catch (IOException)
        {
            // Best effort only.
        }
    }

    /// <summary>A data exception must name its source, and a line, when given, must be a line of the file.</summary>
    private static bool CheckLocation(PersonasDataException e, FuzzCase c)
    {
        if (string.IsNullOrWhiteSpace(e.Source))
        {
            return false;
        }

        return e.Line is null || (e.Line >= 1 && e.Line <= PhysicalLines(c.Bytes) + 1);
    }

    /// <summary>An upper bound on the file's physical lines (every LF, CR or CRLF ends one; gzip content is not counted, so it gets a generous bound).</summary>
    internal static long PhysicalLines(byte[] bytes)
    {
        long lines = 1;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.Length || bytes[i + 1] != '\n')))
            {
                lines++;
            }
        }

        return bytes.Length > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B ? long.MaxValue - 1 : lines;
    }
}
