using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Personas.Notebooks;

/// <summary>
/// Finds notebook formatters the way a .NET Interactive kernel does, with no package reference: an attribute named
/// exactly <c>TypeFormatterSourceAttribute</c> on the type (or a base type or interface) names a source class whose
/// <c>CreateTypeFormatters()</c> returns formatters with a <c>MimeType</c>, an optional <c>Type</c> and one public
/// <c>bool Format(object, TextWriter)</c>.
/// </summary>
internal static class ConventionFormatters
{
    private static readonly ConcurrentDictionary<Type, Formatter[]> Cache = new();

    public static IReadOnlyList<KeyValuePair<string, string>> Format(object value)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var formatter in Cache.GetOrAdd(value.GetType(), Discover))
        {
            if (formatter.Type is { } t && !t.IsInstanceOfType(value))
            {
                continue;
            }

            if (result.Any(r => r.Key == formatter.MimeType))
            {
                continue;
            }

            using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
            bool ok;
            try
            {
                ok = (bool)formatter.Method.Invoke(formatter.Instance, [value, writer])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }

            if (ok)
            {
                result.Add(new(formatter.MimeType, writer.ToString()));
            }
        }

        return result;
    }

    private static Formatter[] Discover(Type type)
    {
        var found = new List<Formatter>();
        foreach (var candidate in TypeAndAncestors(type))
        {
            foreach (var attribute in candidate.GetCustomAttributes(inherit: false))
            {
                var attributeType = attribute.GetType();
                if (attributeType.Name != "TypeFormatterSourceAttribute"
                    || attributeType.GetProperty("FormatterSourceType")?.GetValue(attribute) is not Type sourceType)
                {
                    continue;
                }

                found.AddRange(FromSource(sourceType));
            }
        }

        return [.. found];
    }

    private static IEnumerable<Type> TypeAndAncestors(Type type)
    {
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            yield return t;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }
    }

    private static IEnumerable<Formatter> FromSource(Type sourceType)
    {
        var source = Activator.CreateInstance(sourceType, nonPublic: true);
        if (sourceType.GetMethod("CreateTypeFormatters", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)?.Invoke(source, null) is not IEnumerable formatters)
        {
            yield break;
        }

        foreach (var formatter in formatters)
        {
            if (formatter is null)
            {
                continue;
            }

            var t = formatter.GetType();
            var mime = t.GetProperty("MimeType")?.GetValue(formatter) as string;
            var method = t.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m =>
                m.Name == "Format" && m.ReturnType == typeof(bool) && m.GetParameters() is { Length: 2 } p
                && p[0].ParameterType == typeof(object) && p[1].ParameterType == typeof(TextWriter));
            if (mime is null || method is null)
            {
                continue;
            }

            yield return new Formatter(mime, t.GetProperty("Type")?.GetValue(formatter) as Type, formatter, method);
        }
    }

    private sealed record Formatter(string MimeType, Type? Type, object Instance, MethodInfo Method);
}
