using System.Globalization;
using Personas.Data;

namespace Personas.Journeys;

/// <summary>Turns one row's fields into an event or an exclusion.</summary>
internal sealed class EventRowReader(EventLogBuilder builder, EventReadOptions options, string source)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _conversionLookup =
        options.ConversionEventTypes is HashSet<string> h && h.Comparer == StringComparer.OrdinalIgnoreCase ? h.GetAlternateLookup<ReadOnlySpan<char>>() : null;

    public void Bad(long line, string? customerId, string? column, string? found, string expected)
    {
        if (options.RowErrors == RowErrorPolicy.Fail)
        {
            throw new PersonasDataException(source, line, column, found, expected);
        }

        var reason = column is null ? expected : $"column '{column}': {expected}";
        if (found is not null)
        {
            reason += $", found '{PersonasDataException.Shorten(found)}'";
        }

        builder.Exclude(line, customerId, reason);
    }

    public void Row(long line, ReadOnlySpan<char> customer, ReadOnlySpan<char> timestamp, ReadOnlySpan<char> touchpoint, ReadOnlySpan<char> stage, ReadOnlySpan<char> eventType, bool hasEventType, ReadOnlySpan<char> value, ReadOnlySpan<char> sequence, ReadOnlySpan<char> journey, EventColumnMap columns)
    {
        customer = customer.Trim();
        journey = journey.Trim();
        touchpoint = touchpoint.Trim();
        if (customer.IsEmpty)
        {
            Bad(line, null, columns.CustomerName, "", "expected a customer id; the id is missing");
            return;
        }

        if (!TimestampParser.TryParse(timestamp, options.NaiveTimeZone, out var ticks))
        {
            Bad(line, customer.ToString(), columns.TimestampName, timestamp.ToString(), "expected a timestamp such as 2024-03-01T09:30:00Z");
            return;
        }

        if (touchpoint.IsEmpty)
        {
            Bad(line, customer.ToString(), columns.TouchpointName, "", "expected a touchpoint; it is empty");
            return;
        }

        if (columns.Journey >= 0 && journey.IsEmpty)
        {
            Bad(line, customer.ToString(), columns.JourneyName, "", "expected a journey id; it is empty");
            return;
        }

        var v = double.NaN;
        value = value.Trim();
        if (!value.IsEmpty && !(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out v) && double.IsFinite(v)))
        {
            Bad(line, customer.ToString(), columns.ValueName, value.ToString(), "expected a finite number (or an empty field)");
            return;
        }

        long seq = 0;
        sequence = sequence.Trim();
        if (!sequence.IsEmpty && !long.TryParse(sequence, NumberStyles.Integer, CultureInfo.InvariantCulture, out seq))
        {
            Bad(line, customer.ToString(), columns.SequenceName, sequence.ToString(), "expected an integer sequence number (or an empty field)");
            return;
        }

        // A row without an event type falls back to its touchpoint name.
        var type = hasEventType ? eventType.Trim() : default;
        var conversion = IsConversion(type.IsEmpty ? touchpoint : type);
        builder.Add(customer, ticks, touchpoint, stage.Trim(), conversion, v, seq, journey);
    }

    private bool IsConversion(ReadOnlySpan<char> type)
    {
        if (type.IsEmpty)
        {
            return false;
        }

        return _conversionLookup is { } l ? l.Contains(type) : options.ConversionEventTypes.Contains(type.ToString());
    }
}
