namespace Personas.Notebooks;

/// <summary>How a cell ended.</summary>
internal enum CellStatus
{
    /// <summary>It ran to the end.</summary>
    Ok,

    /// <summary>It did not compile, a package was not found, or it threw.</summary>
    Error,

    /// <summary>The user interrupted it.</summary>
    Interrupted,

    /// <summary>It ran longer than its time limit.</summary>
    TimedOut,
}
