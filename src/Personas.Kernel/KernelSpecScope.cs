namespace Personas.Kernel;

/// <summary>Where a kernelspec is installed, as <c>jupyter kernelspec install</c> names the places.</summary>
public enum KernelSpecScope
{
    /// <summary>The user's Jupyter data folder (<c>--user</c>): <c>~/.local/share/jupyter</c> on Linux, <c>~/Library/Jupyter</c> on macOS, <c>%APPDATA%\jupyter</c> on Windows, or <c>JUPYTER_DATA_DIR</c>.</summary>
    User,

    /// <summary>The active Python environment's <c>share/jupyter</c> (<c>--sys-prefix</c>): <c>VIRTUAL_ENV</c>, <c>CONDA_PREFIX</c>, or the environment of the <c>jupyter</c> command on PATH.</summary>
    SysPrefix,

    /// <summary>A given folder's <c>share/jupyter</c> (<c>--prefix DIR</c>).</summary>
    Prefix,
}
