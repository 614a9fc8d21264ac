namespace Personas.Cli;

/// <summary>A clock fixed at one instant, so every file of one run records the same time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
