namespace VioTech.Analyzers.Testing;

/// <summary>
/// The global usings that the .NET SDK generates for a <c>Microsoft.NET.Sdk.Web</c> project with
/// implicit usings on, for compilations built in memory that must bind as a real build does.
/// Linked into the analyzer tests and the benchmarks.
/// </summary>
internal static class WebSdkGlobalUsings
{
    public const string Source = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Net.Http.Json;
        global using System.Threading;
        global using System.Threading.Tasks;
        global using Microsoft.AspNetCore.Builder;
        global using Microsoft.AspNetCore.Hosting;
        global using Microsoft.AspNetCore.Http;
        global using Microsoft.AspNetCore.Routing;
        global using Microsoft.Extensions.Configuration;
        global using Microsoft.Extensions.DependencyInjection;
        global using Microsoft.Extensions.Hosting;
        global using Microsoft.Extensions.Logging;
        """;
}
