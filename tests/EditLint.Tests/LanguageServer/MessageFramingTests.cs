using System.Text;
using EditLint.LanguageServer.JsonRpc;

namespace EditLint.Tests.LanguageServer;

/// <summary>LSP's base protocol: headers, exact byte lengths, and what happens when the stream is not LSP.</summary>
public sealed class MessageFramingTests
{
    [Fact]
    public async Task Reads_consecutive_messages_with_optional_headers_and_multibyte_bodies()
    {
        var stream = Stream("Content-Length: 7\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"a\":1}"
            + "content-length:   13\r\n\r\n{\"b\":\"é€\"}");
        var reader = new MessageReader(stream);

        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString((await reader.ReadAsync(default))!));
        Assert.Equal("{\"b\":\"é€\"}", Encoding.UTF8.GetString((await reader.ReadAsync(default))!));
        Assert.Null(await reader.ReadAsync(default));
    }

    [Theory]
    [InlineData("Content-Type: x\r\n\r\n{}")]
    [InlineData("Content-Length: ten\r\n\r\n{}")]
    [InlineData("no colon here\r\n\r\n")]
    public async Task A_header_that_is_not_LSP_is_an_error(string input)
    {
        var reader = new MessageReader(Stream(input));
        await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadAsync(default));
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_body_is_an_error()
    {
        var reader = new MessageReader(Stream("Content-Length: 50\r\n\r\n{\"short\":true}"));
        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadAsync(default));
    }

    [Fact]
    public async Task Writes_the_byte_length_not_the_character_count()
    {
        var output = new MemoryStream();
        using var writer = new MessageWriter(output);
        await writer.WriteAsync(Encoding.UTF8.GetBytes("{\"m\":\"😀\"}"), default);

        Assert.Equal("Content-Length: 12\r\n\r\n{\"m\":\"😀\"}", Encoding.UTF8.GetString(output.ToArray()));
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
