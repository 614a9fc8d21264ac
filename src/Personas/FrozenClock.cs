namespace Personas;

/// <summary>A clock that always tells one time, so every file of a run carries the same time.</summary>
/// <param name="now">The time.</param>
internal sealed class FrozenClock(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow() => now;
}
