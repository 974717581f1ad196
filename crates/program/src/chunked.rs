//! Growing sequences that clones share in chunks. A machine state is
//! cloned before every step the page or the explorer may come back to, and
//! its heap and output only grow: kept as one vector each, every clone
//! would copy all of them, so a step would cost more the longer the run.
//! In chunks, a clone copies one pointer per chunk, and a change copies
//! only the chunk it touches (the last one, for output).

use std::rc::Rc;

/// Items per chunk: a change to a shared chunk copies this many items.
const CHUNK: usize = 64;

/// A vector whose clones share its chunks until one of them changes one.
#[derive(Clone, Debug, PartialEq)]
pub struct Chunked<T> {
    chunks: Vec<Rc<Vec<T>>>,
    len: usize,
}

impl<T> Default for Chunked<T> {
    fn default() -> Self {
        Chunked {
            chunks: Vec::new(),
            len: 0,
        }
    }
}

impl<T: Clone> Chunked<T> {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.chunks.get(i / CHUNK)?.get(i % CHUNK)
    }

    /// Item `i` to change, its chunk copied first if a clone shares it.
    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        Rc::make_mut(self.chunks.get_mut(i / CHUNK)?).get_mut(i % CHUNK)
    }

    pub fn push(&mut self, item: T) {
        match self.chunks.last_mut() {
            Some(last) if last.len() < CHUNK => Rc::make_mut(last).push(item),
            _ => {
                let mut chunk = Vec::with_capacity(CHUNK);
                chunk.push(item);
                self.chunks.push(Rc::new(chunk));
            }
        }
        self.len += 1;
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flat_map(|c| c.iter())
    }
}

impl<T> std::ops::Index<usize> for Chunked<T> {
    type Output = T;

    /// Item `i`; panics past the end, as a slice does.
    fn index(&self, i: usize) -> &T {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}

/// Bytes written so far (a program's standard output, say): full chunks
/// are sealed and shared by clones; only the open tail is copied.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Output {
    sealed: Vec<Rc<[u8]>>,
    tail: Vec<u8>,
    len: usize,
}

/// Bytes in a sealed chunk of [`Output`].
const OUTPUT_CHUNK: usize = 4096;

impl Output {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn write(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len();
        while !bytes.is_empty() {
            let room = OUTPUT_CHUNK - self.tail.len();
            let (now, later) = bytes.split_at(room.min(bytes.len()));
            self.tail.extend_from_slice(now);
            if self.tail.len() == OUTPUT_CHUNK {
                self.sealed.push(Rc::from(std::mem::take(&mut self.tail)));
            }
            bytes = later;
        }
    }

    /// Everything written, in one piece.
    pub fn to_vec(&self) -> Vec<u8> {
        let mut all = Vec::with_capacity(self.len);
        for chunk in &self.sealed {
            all.extend_from_slice(chunk);
        }
        all.extend_from_slice(&self.tail);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_chunks_until_one_changes() {
        let mut a: Chunked<u32> = Chunked::default();
        for i in 0..200 {
            a.push(i);
        }
        let b = a.clone();
        *a.get_mut(70).unwrap() = 7;
        assert_eq!((a.get(70), b.get(70)), (Some(&7), Some(&70)));
        assert!(Rc::ptr_eq(&a.chunks[0], &b.chunks[0]));
        assert!(!Rc::ptr_eq(&a.chunks[1], &b.chunks[1]));
        assert_eq!(a.len(), 200);
        assert_eq!(a.get(200), None);
        assert_eq!(
            b.iter().copied().collect::<Vec<_>>(),
            (0..200).collect::<Vec<_>>()
        );
    }

    #[test]
    fn output_reads_back_whatever_the_writes() {
        let mut out = Output::default();
        let mut want = Vec::new();
        for i in 0..3000u32 {
            let piece = vec![(i % 251) as u8; (i % 13) as usize * 7];
            out.write(&piece);
            want.extend_from_slice(&piece);
        }
        let copy = out.clone();
        out.write(b"more");
        assert_eq!(copy.to_vec(), want);
        want.extend_from_slice(b"more");
        assert_eq!((out.to_vec(), out.len()), (want.clone(), want.len()));
        assert!(out.sealed.len() > 10);
    }
}
