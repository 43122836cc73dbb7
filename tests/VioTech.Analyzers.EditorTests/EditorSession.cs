using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using VioTech.Analyzers.EditorTests.Lsp;

namespace VioTech.Analyzers.EditorTests;

/// <summary>
/// One language server session on one project, driven as an editor drives it: initialize,
/// initialized, the <c>csharp</c> configuration with analyzers enabled, then open, change and close
/// documents and ask for diagnostics and code actions.
/// </summary>
internal sealed class EditorSession : IAsyncDisposable
{
    /// <summary>Longest wait for one request. Analysis of a whole project with every analyzer is the slowest.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Longest wait for the first diagnostics: the server loads the project with MSBuild first.</summary>
    public static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(5);

    private readonly LspClient client;
    private readonly Dictionary<string, (int Version, string Text)> openDocuments = new(StringComparer.Ordinal);

    private EditorSession(LspClient client, string projectDirectory, string rpcLog)
    {
        this.client = client;
        ProjectDirectory = projectDirectory;
        RpcLog = rpcLog;
    }

    public string ProjectDirectory { get; }

    /// <summary>The server's wire log (<c>--rpclog</c>), kept in the project folder for failures.</summary>
    public string RpcLog { get; }

    /// <summary>True when the server offers pull diagnostics (<c>textDocument/diagnostic</c>); otherwise the session waits for pushed ones.</summary>
    public bool PullDiagnostics { get; private set; }

    public JsonObject ServerCapabilities { get; private set; } = new();

    public string ServerName { get; private set; } = string.Empty;

    public LspClient Client => client;

    public static async Task<EditorSession> StartAsync(CsharpLs server, string projectDirectory, string nugetPackages, string? locale = null)
    {
        var rpcLog = Path.Combine(projectDirectory, $"csharp-ls-{locale ?? "default"}.rpc.log");
        var start = server.StartInfo(projectDirectory, nugetPackages, locale, rpcLog);
        var client = LspClient.Start(start, AnswerServerRequest);
        var session = new EditorSession(client, projectDirectory, rpcLog);
        try
        {
            await session.InitializeAsync(locale);
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }

        return session;
    }

    public static string UriOf(string path) => new Uri(path).AbsoluteUri;

    /// <summary>Opens a document with <paramref name="text"/>, as an editor does when it shows the file; the file on disk is not changed.</summary>
    public async Task OpenAsync(string path, string text)
    {
        var uri = UriOf(path);
        openDocuments[uri] = (1, text);
        await client.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
    }

    /// <summary>Replaces <paramref name="range"/> with <paramref name="newText"/> by an incremental <c>didChange</c>, as an editor sends keystrokes.</summary>
    public async Task ChangeAsync(string path, LspRange range, string newText)
    {
        var uri = UriOf(path);
        var (version, text) = openDocuments[uri];
        var updated = LspText.Apply(text, new[] { (range, newText) });
        openDocuments[uri] = (version + 1, updated);
        await client.NotifyAsync("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version + 1 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range.ToJson(), ["text"] = newText }),
        });
    }

    /// <summary>Replaces the whole text of an open document.</summary>
    public Task ReplaceAllAsync(string path, string newText)
    {
        var text = TextOf(path);
        return ChangeAsync(path, new LspRange(new LspPosition(0, 0), LspText.PositionAt(text, text.Length)), newText);
    }

    public string TextOf(string path) => openDocuments[UriOf(path)].Text;

    public async Task CloseAsync(string path)
    {
        var uri = UriOf(path);
        openDocuments.Remove(uri);
        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
    }

    /// <summary>Returns the server's current diagnostics of a document: pulled when the server offers it, else the last pushed ones.</summary>
    public async Task<IReadOnlyList<LspDiagnostic>> DiagnosticsAsync(string path)
    {
        var uri = UriOf(path);
        if (!PullDiagnostics)
        {
            return client.PublishedDiagnostics.TryGetValue(uri, out var pushed)
                ? pushed.Select(node => LspDiagnostic.From(node!)).ToList()
                : Array.Empty<LspDiagnostic>();
        }

        var report = await client.RequestAsync("textDocument/diagnostic", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
        }, RequestTimeout);
        if (report?["kind"]?.GetValue<string>() != "full")
        {
            throw new InvalidOperationException("Expected a full diagnostic report without a previous result id: " + report?.ToJsonString());
        }

        return report["items"]!.AsArray().Select(node => LspDiagnostic.From(node!)).ToList();
    }

    /// <summary>
    /// Asks for diagnostics until <paramref name="condition"/> holds, and returns them with the time it took;
    /// throws with the last diagnostics when <paramref name="timeout"/> passes first.
    /// </summary>
    public async Task<(IReadOnlyList<LspDiagnostic> Diagnostics, TimeSpan Elapsed)> WaitForDiagnosticsAsync(
        string path, Func<IReadOnlyList<LspDiagnostic>, bool> condition, TimeSpan timeout, string expectation)
    {
        var clock = Stopwatch.StartNew();
        IReadOnlyList<LspDiagnostic> last = Array.Empty<LspDiagnostic>();
        while (true)
        {
            last = await DiagnosticsAsync(path);
            if (condition(last))
            {
                return (last, clock.Elapsed);
            }

            if (clock.Elapsed > timeout)
            {
                throw new TimeoutException(
                    $"Within {timeout.TotalSeconds:0} s the server never reported diagnostics where {expectation}. " +
                    $"Last diagnostics: [{string.Join(", ", last)}].\nServer log tail:\n{client.LogTail()}");
            }

            await Task.Delay(PullDiagnostics ? 500 : 1000);
        }
    }

    /// <summary>Returns the code actions offered at <paramref name="diagnostic"/>, each resolved so that it carries its edit.</summary>
    public async Task<IReadOnlyList<JsonObject>> CodeActionsAsync(string path, LspDiagnostic diagnostic)
    {
        var result = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = UriOf(path) },
            ["range"] = diagnostic.Range.ToJson(),
            ["context"] = new JsonObject
            {
                ["diagnostics"] = new JsonArray(diagnostic.Json.DeepClone()),
                ["triggerKind"] = 1,
            },
        }, RequestTimeout);

        var actions = new List<JsonObject>();
        foreach (var item in result?.AsArray() ?? new JsonArray())
        {
            // A bare Command has no title-bearing edit to apply; editors run it through executeCommand.
            if (item is JsonObject action && action["command"] is not JsonValue)
            {
                actions.Add(action);
            }
        }

        return actions;
    }

    /// <summary>Resolves a code action whose edit the server left for <c>codeAction/resolve</c>.</summary>
    public async Task<JsonObject> ResolveAsync(JsonObject action)
    {
        if (action["edit"] is not null)
        {
            return action;
        }

        var resolved = await client.RequestAsync("codeAction/resolve", action.DeepClone(), RequestTimeout);
        return resolved!.AsObject();
    }

    public async ValueTask DisposeAsync() => await client.DisposeAsync();

    private async Task InitializeAsync(string? locale)
    {
        var root = UriOf(ProjectDirectory);
        var initialize = new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["clientInfo"] = new JsonObject { ["name"] = "VioTech.Analyzers.EditorTests" },
            ["locale"] = locale ?? "en",
            ["rootUri"] = root,
            ["rootPath"] = ProjectDirectory,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = Path.GetFileName(ProjectDirectory) }),
            ["capabilities"] = ClientCapabilities(),
            ["trace"] = "off",
        };

        var result = await client.RequestAsync("initialize", initialize, LoadTimeout);
        ServerCapabilities = result!["capabilities"]!.AsObject();
        ServerName = $"{result["serverInfo"]?["name"]} {result["serverInfo"]?["version"]}";
        PullDiagnostics = ServerCapabilities["diagnosticProvider"] is not null;
        await client.NotifyAsync("initialized", new JsonObject());
    }

    /// <summary>
    /// Returns what this client supports. Announcing pull diagnostics without dynamic registration makes
    /// csharp-ls list <c>diagnosticProvider</c> in its capabilities and stop pushing; the resolve support
    /// lets it leave edits to <c>codeAction/resolve</c>, as it does for VS Code.
    /// </summary>
    private static JsonObject ClientCapabilities() => new()
    {
        ["workspace"] = new JsonObject
        {
            ["configuration"] = true,
            ["workspaceFolders"] = true,
            ["didChangeConfiguration"] = new JsonObject { ["dynamicRegistration"] = false },
            ["applyEdit"] = true,
            ["workspaceEdit"] = new JsonObject { ["documentChanges"] = true },
        },
        ["textDocument"] = new JsonObject
        {
            ["synchronization"] = new JsonObject { ["dynamicRegistration"] = false, ["didSave"] = true },
            ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false, ["relatedDocumentSupport"] = false },
            ["publishDiagnostics"] = new JsonObject { ["relatedInformation"] = true },
            ["codeAction"] = new JsonObject
            {
                ["dynamicRegistration"] = false,
                ["dataSupport"] = true,
                ["resolveSupport"] = new JsonObject { ["properties"] = new JsonArray("edit") },
                ["codeActionLiteralSupport"] = new JsonObject
                {
                    ["codeActionKind"] = new JsonObject
                    {
                        ["valueSet"] = new JsonArray("", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite", "source", "source.organizeImports"),
                    },
                },
            },
        },
        ["window"] = new JsonObject { ["workDoneProgress"] = true },
    };

    /// <summary>
    /// Answers the server's requests. The <c>csharp</c> section turns Roslyn analyzers on: csharp-ls
    /// 0.28.0 reads <c>csharp.analyzersEnabled</c> through <c>workspace/configuration</c> after
    /// <c>initialized</c> and runs only the compiler's diagnostics without it.
    /// </summary>
    private static JsonNode? AnswerServerRequest(string method, JsonNode? parameters)
    {
        switch (method)
        {
            case "workspace/configuration":
                var items = new JsonArray();
                foreach (var item in parameters?["items"]?.AsArray() ?? new JsonArray())
                {
                    items.Add(item?["section"]?.GetValue<string>() == "csharp"
                        ? new JsonObject { ["analyzersEnabled"] = true }
                        : null);
                }

                return items;
            default:
                // client/registerCapability, window/workDoneProgress/create and refresh requests need no answer but null.
                return null;
        }
    }
}
