//! Shared by the `sitrep-eval` and `sitrep-bench` binaries: opening corpus files that may be compressed.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use anyhow::Context;
use ruzstd::decoding::{FrameDecoder, StreamingDecoder};

/// Opens a file for line reading, decompressing `.zst` (zstd) and `.gz` (gzip) on the fly.
pub fn open_lines(path: &Path) -> anyhow::Result<Box<dyn BufRead>> {
    let file = File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    let file = BufReader::with_capacity(1 << 20, file);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    Ok(if name.ends_with(".zst") || name.ends_with(".zstd") {
        let decoder = StreamingDecoder::new(file).with_context(|| format!("{}: not a zstd file", path.display()))?;
        Box::new(BufReader::with_capacity(1 << 20, ZstdFrames { decoder: Some(decoder) }))
    } else if name.ends_with(".gz") {
        Box::new(BufReader::with_capacity(1 << 20, flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(file)
    })
}

/// A zstd stream of one or more frames (ruzstd's `StreamingDecoder` reads one).
struct ZstdFrames<R: BufRead> {
    decoder: Option<StreamingDecoder<R, FrameDecoder>>,
}

impl<R: BufRead> Read for ZstdFrames<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        loop {
            let Some(decoder) = self.decoder.as_mut() else { return Ok(0) };
            let n = decoder.read(buf)?;
            if n > 0 || buf.is_empty() {
                return Ok(n);
            }
            // End of a frame: start the next one, if any.
            let (mut source, frame) = self.decoder.take().expect("checked above").into_parts();
            if source.fill_buf()?.is_empty() {
                return Ok(0);
            }
            self.decoder = Some(StreamingDecoder::new_with_decoder(source, frame).map_err(std::io::Error::other)?);
        }
    }
}
