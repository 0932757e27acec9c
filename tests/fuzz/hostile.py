"""Hostile input documents, written here (no third-party text): the crashing cases of issue 13
and generated ones, with canary documents that must always come through.

Each `Case` is one file holding exactly one input document, so it must give exactly one
outcome: a stored record or one rejection line naming it.
"""
from __future__ import annotations

import gzip
import io
import json
import random
from dataclasses import dataclass

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CANARY_TEXTS = (
    "Harbour authority of Brisa Nova reopens the northern pier. The pier had been closed for three weeks "
    "after a storm damaged the loading cranes, the authority said on Friday.",
    "Valdoria's farm ministry raises the grain price floor. Farmers in the eastern valleys had asked for a "
    "higher floor since the spring, minister Ana Roel told reporters in the capital.",
    "Meridian orchestra cancels its winter tour. The orchestra's director said the cancellation followed a "
    "dispute over travel costs with the city council of Port Aster.",
)


@dataclass(frozen=True)
class Case:
    """One hostile file: its name (the suffix picks the reader) and its bytes."""

    name: str
    data: bytes


def canary_jsonl() -> bytes:
    lines = [json.dumps({"id": f"canary-{i}", "title": f"Canary {i}", "text": text})
             for i, text in enumerate(CANARY_TEXTS)]
    return ("\n".join(lines) + "\n").encode()


def page(text: str) -> str:
    return f"<html><head><title>Report</title></head><body><article><p>{text}</p></article></body></html>"


def warc(records: list[tuple[str | None, bytes]], compress: bool = False) -> bytes:
    """A WARC of HTML response records; a None URL leaves WARC-Target-URI out."""
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=compress)
    for url, body in records:
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(url or "http://placeholder.invalid/", "response",
                                           payload=io.BytesIO(body), http_headers=http)
        if url is None:
            record.rec_headers.remove_header("WARC-Target-URI")
        writer.write_record(record)
    return buf.getvalue()


def issue_cases() -> list[Case]:
    """The crashing cases the hostile-input campaign of issue 13 found, one of each kind."""
    body = page(CANARY_TEXTS[0].replace("northern", "southern")).encode()
    damaged = bytearray(gzip.compress(body * 20))
    damaged[len(damaged) // 2:len(damaged) // 2 + 16] = b"\xff" * 16
    text = CANARY_TEXTS[1].replace("grain", "rice")
    lines = [json.dumps({"id": f"other-{i}", "text": f"{text} Report {i}: {random.Random(i).randbytes(200).hex()}."})
             for i in range(12)]  # incompressible enough that half the file holds whole lines
    truncated = gzip.compress("\n".join(lines).encode() + b"\n")
    return [
        Case("damaged.html.gz", bytes(damaged)),  # zlib.error
        Case("truncated.jsonl.gz", truncated[: len(truncated) // 2]),  # EOFError after some lines
        Case("no-uri.warc", warc([(None, body)])),  # AttributeError inside warcio
        Case("surrogate.jsonl", ('{"id": "s-\\ud800", "title": "\\udc00", "url": "http://x.invalid/\\ud800", '
                                 '"published": "2026-01-0\\ud800", "text": ' + json.dumps(text) + '}\n').encode()),
        Case("nul.jsonl", ('{"id": "n\\u0000ul", "text": ' + json.dumps(text.replace("farm", "fa\x00rm")) + '}\n').encode()),
        Case("nested.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n"),  # RecursionError
        Case("digits.jsonl", b'{"id": ' + b"7" * 5000 + b', "text": "x"}\n'),  # ValueError past the digit limit
        Case("images.txt", ("Headline\n" + "![" * 120_000 + "\n").encode()),  # the quadratic regex
        Case("escape.warc", b"\x1b[31mWARC/9.9\r\nEvil: \x1b]0;title\x07\r\n\r\n"),  # echoed by warcio
        Case("bomb.html.gz", gzip.compress(b"<html><body>" + b" " * (30 << 20))),  # past the size limit
    ]


def generated_case(rng: random.Random, number: int) -> Case:
    """One generated hostile document of a random input format."""
    noise = rng.randbytes(rng.randrange(0, 400))
    junk = "".join(rng.choice(["\x00", "\x1b[2J", "\r\n", "\ud800", "![", "<", ">", "{", "[", "é", "a ", "\u2028"])
                   for _ in range(rng.randrange(0, 200)))
    text = rng.choice(CANARY_TEXTS).replace("the", f"the {number}") + junk
    kind = rng.randrange(9)
    if kind == 0:
        return Case(f"g{number}.html", noise)
    if kind == 1:
        return Case(f"g{number}.txt", text.encode("utf-8", "surrogatepass"))
    if kind == 2:
        return Case(f"g{number}.html.gz", gzip.compress(page(text).encode("utf-8", "surrogatepass"))[: rng.randrange(5, 200)])
    if kind == 3:
        obj = {"id": f"g{number}{junk[:20]}", "text": text, "title": junk[:50], "published": junk[:12]}
        return Case(f"g{number}.jsonl", (json.dumps(obj) + "\n").encode())
    if kind == 4:
        depth = rng.randrange(500, 50_000)
        return Case(f"g{number}.jsonl", b'{"text": ' + b"[" * depth + b"]" * depth + b"}\n")
    if kind == 5:
        return Case(f"g{number}.warc", warc([(rng.choice([None, f"http://g{number}.invalid/"]),
                                              page(text).encode("utf-8", "surrogatepass"))]))
    if kind == 6:
        return Case(f"g{number}.warc.gz", warc([(None, noise)], compress=True)[: rng.randrange(10, 300)])
    if kind == 7:
        return Case(f"g{number}.jsonl.gz", gzip.compress(noise.replace(b"\n", b" ")))  # one line: one document
    return Case(f"g{number}.md", ("![" * rng.randrange(1, 5000) + junk).encode("utf-8", "surrogatepass"))
