namespace Personas.Data.Parsing;

/// <summary>The decision about one column: its role, why, and how the second pass stores it.</summary>
internal sealed class ColumnPlan
{
    public ColumnPlan(ColumnProfile profile, ColumnRole role, ValueKind kind, string reason)
    {
        Profile = profile;
        Role = role;
        Kind = kind;
        Reason = reason;
    }

    public ColumnProfile Profile { get; }

    public string Name => Profile.Name;

    public ColumnRole Role { get; }

    public ValueKind Kind { get; }

    /// <summary>Why, in words; date columns get their reference date appended after the second pass.</summary>
    public string Reason { get; set; }

    /// <summary>Text that follows the reason after the date reference (ambiguity, missing counts).</summary>
    public string Tail { get; init; } = string.Empty;

    public DateOrder DateOrder { get; init; }

    public string? DateFormat { get; init; }

    /// <summary>For <see cref="ValueKind.Codes"/>: the kept levels (the last is <c>(other)</c> when <see cref="OtherCode"/> is not -1).</summary>
    public IReadOnlyList<string> Levels { get; init; } = [];

    /// <summary>The code of the <c>(other)</c> level, or -1.</summary>
    public int OtherCode { get; init; } = -1;

    /// <summary>What is expected of a cell, for messages (<c>a number</c>, <c>a date (dd-mm-yyyy)</c>).</summary>
    public string Expected { get; init; } = "a value";
}
