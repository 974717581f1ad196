//! Go's sizes and alignments of types on a 64-bit platform (go/types'
//! `StdSizes` for amd64), and whether a type holds pointers: what the
//! runtime's allocator needs to round a slice's growth to Go's size
//! classes.

use crate::ty::{Basic, Type, TypeId, Types};

/// A type's memory layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    pub size: u64,
    pub align: u64,
    /// The garbage collector scans it: it holds a pointer somewhere.
    pub pointers: bool,
}

impl Layout {
    const fn plain(size: u64) -> Layout {
        Layout {
            size,
            align: size,
            pointers: false,
        }
    }

    const fn with_pointers(size: u64) -> Layout {
        Layout {
            size,
            align: 8,
            pointers: true,
        }
    }
}

impl Types {
    /// The layout of `id`, as `unsafe.Sizeof` and `unsafe.Alignof` give
    /// it and as the allocator sees it.
    pub fn layout(&self, id: TypeId) -> Layout {
        match self.under_type(id) {
            Type::Basic(b) => match b {
                Basic::Bool | Basic::Int8 | Basic::Uint8 => Layout::plain(1),
                Basic::Int16 | Basic::Uint16 => Layout::plain(2),
                Basic::Int32 | Basic::Uint32 | Basic::Float32 | Basic::UntypedRune => {
                    Layout::plain(4)
                }
                Basic::String | Basic::UntypedString => Layout::with_pointers(16),
                Basic::UntypedNil => Layout::with_pointers(8),
                _ => Layout::plain(8),
            },
            Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Func(_) => {
                Layout::with_pointers(8)
            }
            Type::Slice(_) => Layout::with_pointers(24),
            Type::Interface(_) | Type::Constraint { .. } => Layout::with_pointers(16),
            Type::Array(n, el) => {
                let e = self.layout(*el);
                Layout {
                    size: e.size.saturating_mul(*n),
                    align: e.align,
                    pointers: e.pointers && *n > 0,
                }
            }
            Type::Struct(fields) => {
                let (mut size, mut align, mut pointers) = (0_u64, 1_u64, false);
                for f in fields {
                    let l = self.layout(f.ty);
                    size = size.next_multiple_of(l.align.max(1)).saturating_add(l.size);
                    align = align.max(l.align);
                    pointers |= l.pointers;
                }
                // A final zero-size field gets a byte so that its address
                // stays inside the struct (go/types does the same).
                if fields.last().is_some_and(|f| self.layout(f.ty).size == 0) && size > 0 {
                    size += 1;
                }
                Layout {
                    size: size.next_multiple_of(align),
                    align,
                    pointers,
                }
            }
            Type::Named(_) | Type::Tuple(_) => Layout::plain(8),
        }
    }
}
