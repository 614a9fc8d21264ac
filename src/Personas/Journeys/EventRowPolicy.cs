namespace Personas.Journeys;

/// <summary>What to do with an event row that cannot be used (missing customer id, unparsable timestamp, empty touchpoint).</summary>
public enum EventRowPolicy
{
    /// <summary>Leave the row out and list it in <see cref="EventLog.Exclusions"/> with its line and reason.</summary>
    Exclude,

    /// <summary>Stop with a <see cref="Personas.Data.PersonasDataException"/> naming the file, line, column, value and expectation.</summary>
    Fail,
}
