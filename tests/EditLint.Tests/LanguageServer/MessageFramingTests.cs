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

    [Theory]
    [InlineData("Content-Type: x\r\n\r\n{}", "has no Content-Length")]
    [InlineData("Content-Length: ten\r\n\r\n{}", "'ten' at byte 0 of the input is not a length")]
    [InlineData("Content-Length: -5\r\n\r\n{}", "'-5' at byte 0 of the input is not a length")]
    [InlineData("Content-Length: 2147483647\r\n\r\n{}", "over the limit of 67108864 bytes (64 MiB)")]
    [InlineData("Content-Length: 99999999999999999999\r\n\r\n{}", "is not a length")]
    public async Task After_a_bad_frame_the_reader_skips_to_the_next_message(string bad, string problem)
    {
        var reader = new MessageReader(Stream(bad + "Content-Length: 7\r\n\r\n{\"a\":1}"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadAsync(default));
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString((await reader.ReadAsync(default))!));
        Assert.Null(await reader.ReadAsync(default));
    }

    [Fact]
    public async Task A_header_over_8_KB_is_an_error_at_its_byte_offset_and_is_skipped_without_buffering_it()
    {
        // A first good message, so the offset named is not 0; then 1 MB of header with no line break at all.
        var first = "Content-Length: 2\r\n\r\n{}";
        var reader = new MessageReader(Stream(first + "X-Pad: " + new string('a', 1 << 20) + "\r\n\r\nContent-Length: 7\r\n\r\n{\"a\":1}"));
        await reader.ReadAsync(default);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadAsync(default));
        Assert.Equal($"A message header (at byte {first.Length} of the input) is over 8192 bytes.", error.Message);
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString((await reader.ReadAsync(default))!));
    }

    [Fact]
    public async Task A_body_over_a_lower_cap_is_refused_and_the_cap_is_named()
    {
        var reader = new MessageReader(Stream("Content-Length: 11\r\n\r\n{\"a\":\"xyz\"}Content-Length: 2\r\n\r\n{}"), maxBodyBytes: 10);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadAsync(default));
        Assert.Contains("Content-Length 11 at byte 0 of the input is over the limit of 10 bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal("{}", Encoding.UTF8.GetString((await reader.ReadAsync(default))!));
    }

    [Fact]
    public async Task Skipping_finds_the_next_header_in_any_case_and_across_buffer_refills()
    {
        // 100 KB of junk (more than the reader's 64 KB buffer) with a near-miss, then a header in lower case.
        var junk = new string('x', 100_000) + "content-lengt";
        var reader = new MessageReader(Stream("Content-Length: x\r\n\r\n" + junk + "content-length: 2\r\n\r\n{}"));

        await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadAsync(default));
        Assert.Equal("{}", Encoding.UTF8.GetString((await reader.ReadAsync(default))!));
    }

    [Fact]
    public async Task A_bad_frame_at_the_end_of_the_stream_ends_it()
    {
        var reader = new MessageReader(Stream("Content-Length: ten\r\n\r\n{}"));
        await Assert.ThrowsAsync<InvalidDataException>(() => reader.ReadAsync(default));
        Assert.Null(await reader.ReadAsync(default));
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));
}
