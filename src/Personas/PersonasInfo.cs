using System.Reflection;

namespace Personas;

/// <summary>Facts about this library build.</summary>
public static class PersonasInfo
{
    /// <summary>The library's informational version (for example <c>0.1.0</c>), written into every output so a run can be reproduced.</summary>
    public static string Version { get; } =
        (typeof(PersonasInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
