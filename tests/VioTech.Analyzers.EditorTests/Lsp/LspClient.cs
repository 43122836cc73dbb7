using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VioTech.Analyzers.EditorTests.Lsp;

/// <summary>
/// A minimal LSP client: JSON-RPC 2.0 over the server's stdin and stdout with Content-Length
/// framing, as editors speak it. Every request has a timeout, so a hung server fails the test.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private const int MaxLogLines = 5000;

    private readonly Process process;
    private readonly Stream serverInput;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonNode?>> pending = new();
    private readonly Func<string, JsonNode?, JsonNode?> serverRequestHandler;
    private readonly Queue<string> log = new();
    private readonly List<string> analyzerExceptionLines = new();
    private readonly Task readLoop;
    private long lastId;

    private LspClient(Process process, Func<string, JsonNode?, JsonNode?> serverRequestHandler)
    {
        this.process = process;
        this.serverRequestHandler = serverRequestHandler;
        serverInput = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                AddLog("stderr: " + e.Data);
            }
        };
        process.BeginErrorReadLine();
        readLoop = Task.Run(ReadLoopAsync);
    }

    /// <summary>Diagnostics of the last <c>textDocument/publishDiagnostics</c> notification, by document uri.</summary>
    public ConcurrentDictionary<string, JsonArray> PublishedDiagnostics { get; } = new();

    /// <summary>Starts the server process and the reader of its output.</summary>
    /// <param name="serverRequestHandler">Returns the result for a request the server sends to the client (method, params).</param>
    public static LspClient Start(ProcessStartInfo startInfo, Func<string, JsonNode?, JsonNode?> serverRequestHandler)
    {
        startInfo.RedirectStandardInput = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("The language server process did not start.");
        return new LspClient(process, serverRequestHandler);
    }

    public int ProcessId => process.Id;

    /// <summary>Lines the server wrote to stderr, <c>window/logMessage</c>, <c>window/showMessage</c> and <c>$/logTrace</c>.</summary>
    public IReadOnlyList<string> LogLines()
    {
        lock (log)
        {
            return log.ToArray();
        }
    }

    /// <summary>Returns the last lines of the server log, for failure messages.</summary>
    public string LogTail(int lines = 40)
    {
        var all = LogLines();
        var start = Math.Max(0, all.Count - lines);
        var builder = new StringBuilder();
        for (var i = start; i < all.Count; i++)
        {
            builder.AppendLine(all[i]);
        }

        return builder.ToString();
    }

    /// <summary>Sends a request and returns its result; throws on an error response, a server exit or a timeout.</summary>
    public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref lastId);
        var completion = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = completion;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        await WriteAsync(message);
        try
        {
            return await completion.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            pending.TryRemove(id, out _);
            await NotifyAsync("$/cancelRequest", new JsonObject { ["id"] = id });
            throw new TimeoutException($"The language server did not answer '{method}' within {timeout.TotalSeconds:0} s.\nServer log tail:\n{LogTail()}");
        }
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, JsonNode? parameters)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null)
        {
            message["params"] = parameters;
        }

        return WriteAsync(message);
    }

    /// <summary>Asks the server to shut down and exit, then kills the process tree whatever it did.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                await RequestAsync("shutdown", null, TimeSpan.FromSeconds(15));
                await NotifyAsync("exit", null);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15));
            }
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException or LspException)
        {
            AddLog("client: shutdown failed: " + exception.Message);
        }
        finally
        {
            // The server starts MSBuild build hosts as child processes; they go with it.
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }

            process.Dispose();
        }

        try
        {
            await readLoop.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (TimeoutException)
        {
            // The reader ends at the end of the stream; a stuck reader must not hang the test run.
        }
    }

    private async Task WriteAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await writeLock.WaitAsync();
        try
        {
            await serverInput.WriteAsync(header);
            await serverInput.WriteAsync(body);
            await serverInput.FlushAsync();
        }
        finally
        {
            writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        var output = process.StandardOutput.BaseStream;
        try
        {
            while (true)
            {
                var length = await ReadHeaderAsync(output);
                if (length < 0)
                {
                    break;
                }

                var body = new byte[length];
                await output.ReadExactlyAsync(body);
                var message = JsonNode.Parse(body)!.AsObject();
                await DispatchAsync(message);
            }
        }
        catch (Exception exception) when (exception is IOException or JsonException or EndOfStreamException or ObjectDisposedException)
        {
            AddLog("client: reading the server output failed: " + exception.Message);
        }

        var exit = process.HasExited ? $"exited with code {process.ExitCode}" : "closed its output";
        foreach (var entry in pending)
        {
            entry.Value.TrySetException(new IOException($"The language server {exit}.\nServer log tail:\n{LogTail()}"));
        }
    }

    /// <summary>Reads the header block and returns its Content-Length, or -1 at the end of the stream.</summary>
    private static async Task<int> ReadHeaderAsync(Stream stream)
    {
        var line = new StringBuilder();
        var length = -1;
        var single = new byte[1];
        while (true)
        {
            var read = await stream.ReadAsync(single);
            if (read == 0)
            {
                return -1;
            }

            var character = (char)single[0];
            if (character != '\n')
            {
                if (character != '\r')
                {
                    line.Append(character);
                }

                continue;
            }

            if (line.Length == 0)
            {
                if (length < 0)
                {
                    throw new IOException("The language server sent a message without Content-Length.");
                }

                return length;
            }

            var text = line.ToString();
            const string name = "Content-Length:";
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text.Substring(name.Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }

            line.Clear();
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        var method = message["method"]?.GetValue<string>();
        var id = message["id"];
        if (method is null && id is not null)
        {
            var key = id.GetValue<long>();
            if (pending.TryRemove(key, out var completion))
            {
                if (message["error"] is { } error)
                {
                    completion.TrySetException(new LspException(error.ToJsonString()));
                }
                else
                {
                    completion.TrySetResult(message["result"]?.DeepClone());
                }
            }

            return;
        }

        var parameters = message["params"];
        if (id is not null)
        {
            // A request from the server, such as workspace/configuration or client/registerCapability.
            var result = serverRequestHandler(method!, parameters);
            await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
            return;
        }

        switch (method)
        {
            case "textDocument/publishDiagnostics":
                PublishedDiagnostics[parameters!["uri"]!.GetValue<string>()] = parameters["diagnostics"]!.AsArray();
                break;
            case "window/logMessage":
            case "window/showMessage":
                AddLog(method + ": " + parameters?["message"]?.GetValue<string>());
                break;
            case "$/logTrace":
                AddLog(method + ": " + parameters?["message"]?.GetValue<string>());
                break;
            default:
                break;
        }
    }

    /// <summary>Log lines that report an analyzer exception: AD0001, or an exception naming a VioTech analyzer.</summary>
    public IReadOnlyList<string> AnalyzerExceptionLines()
    {
        lock (log)
        {
            return analyzerExceptionLines.ToArray();
        }
    }

    private void AddLog(string line)
    {
        lock (log)
        {
            // Only the last lines are kept for failure messages; analyzer exceptions are all kept.
            log.Enqueue(line);
            if (log.Count > MaxLogLines)
            {
                log.Dequeue();
            }

            if (line.Contains("AD0001", StringComparison.Ordinal)
                || (line.Contains("VioTech", StringComparison.Ordinal) && line.Contains("Exception", StringComparison.Ordinal)))
            {
                analyzerExceptionLines.Add(line);
            }
        }
    }
}

/// <summary>An error response from the language server.</summary>
internal sealed class LspException : Exception
{
    public LspException(string error)
        : base("The language server answered with an error: " + error)
    {
    }
}
