//! The tree of tried steps. Every node is a machine state reached by one
//! move from its parent; going back and making another move adds a
//! sibling, so nothing the learner tried is lost. States are not all kept:
//! every [`KEY_EVERY`]th node keeps its machine (rarer for a machine of
//! thousands of goroutines, see [`keyframe_stride`]), and any other state
//! is rebuilt by replaying the moves from the nearest kept one (moves are
//! deterministic, so the rebuilt state is the same).

use crate::summary::Summary;
use runtime::GoroutineId;
use runtime::chunked::Chunked;
use runtime::machine::{Event, Machine};
use std::rc::Rc;

/// How often a node keeps its machine state.
pub const KEY_EVERY: u32 = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// What was done to get from a node to its child.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Move {
    /// The goroutine stepped; `None` when none could run and the runtime moved
    /// on by itself (fired a timer, or found the program stuck).
    pub goroutine: Option<GoroutineId>,
    /// Answers to the questions the step asked (a `select` case, a random
    /// value), in the order asked.
    pub answers: Vec<u64>,
}

#[derive(Clone, Debug)]
pub struct Node {
    pub parent: Option<NodeId>,
    pub depth: u32,
    /// `None` for the root (the program before its first step).
    pub mv: Option<Move>,
    /// The schedule's part of this move: the goroutine if two or more
    /// could run, then the answers. Concatenated along a path, these are
    /// exactly what the explorer records, so a path is a schedule.
    pub choices: Vec<u64>,
    /// What happened during the move.
    pub events: Rc<[Event]>,
    /// What the view needs from the events of the path to here.
    pub summary: Summary,
    /// Line the stepped goroutine stood on before the move (0: none).
    pub line: u32,
    pub children: Vec<NodeId>,
    /// The child visited last: where redo goes.
    pub last_child: Option<NodeId>,
    keyframe: Option<Rc<Machine>>,
    /// Depth of the nearest node at or above this one that keeps its
    /// machine (0: the root).
    kept_at: u32,
}

/// The tree, cloned every time the page changes it (its state is
/// immutable between actions): the nodes live in chunks shared between
/// clones, so a clone copies a pointer per chunk, and a change copies the
/// chunks it touches, not the whole history.
#[derive(Clone, Debug)]
pub struct History {
    /// The program before its first step (the root's state).
    root: Rc<Machine>,
    nodes: Chunked<Node>,
}

impl History {
    pub fn new(start: Machine) -> History {
        let mut h = History {
            root: Rc::new(start),
            nodes: Chunked::default(),
        };
        h.nodes.push(Node {
            parent: None,
            depth: 0,
            mv: None,
            choices: Vec::new(),
            events: Rc::from([]),
            summary: Summary::default(),
            line: 0,
            children: Vec::new(),
            last_child: None,
            keyframe: None,
            kept_at: 0,
        });
        h
    }

    fn node_mut(&mut self, id: NodeId) -> Option<&mut Node> {
        self.nodes.get_mut(id.0 as usize)
    }

    pub const ROOT: NodeId = NodeId(0);

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.is_empty()
    }

    pub fn nodes(&self) -> impl Iterator<Item = (NodeId, &Node)> {
        self.nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (NodeId(i as u32), n))
    }

    /// The child of `parent` reached by `mv`: the existing one if that
    /// move was tried before (a branch is never duplicated), else a new
    /// node sharing `after`'s state if it is due a keyframe.
    pub fn child(
        &mut self,
        parent: NodeId,
        mv: Move,
        choices: Vec<u64>,
        events: Vec<Event>,
        line: u32,
        after: &Rc<Machine>,
    ) -> NodeId {
        let existing = self
            .node(parent)
            .children
            .iter()
            .copied()
            .find(|c| self.node(*c).mv.as_ref() == Some(&mv));
        let id = existing.unwrap_or_else(|| {
            let depth = self.node(parent).depth + 1;
            let since = self.node(parent).kept_at;
            let keep = depth % KEY_EVERY == 0 && depth - since >= keyframe_stride(after);
            let id = NodeId(u32::try_from(self.nodes.len()).unwrap_or(u32::MAX));
            let summary = self.node(parent).summary.then(&events, after);
            self.nodes.push(Node {
                parent: Some(parent),
                depth,
                mv: Some(mv),
                choices,
                events: Rc::from(events),
                summary,
                line,
                children: Vec::new(),
                last_child: None,
                keyframe: keep.then(|| after.clone()),
                kept_at: if keep { depth } else { since },
            });
            if let Some(p) = self.node_mut(parent) {
                p.children.push(id);
            }
            id
        });
        if let Some(p) = self.node_mut(parent) {
            p.last_child = Some(id);
        }
        id
    }

    /// The nodes from the root to `id`, root first.
    pub fn path(&self, id: NodeId) -> Vec<NodeId> {
        let mut path = vec![id];
        let mut at = id;
        while let Some(p) = self.node(at).parent {
            path.push(p);
            at = p;
        }
        path.reverse();
        path
    }

    /// The nearest node at or above `id` that kept its state, its state,
    /// and the moves that lead from it down to `id`.
    pub fn keyframe_for(&self, id: NodeId) -> (Rc<Machine>, Vec<&Move>) {
        let mut moves = Vec::new();
        let mut at = id;
        loop {
            let node = self.node(at);
            let kept = match (&node.keyframe, node.parent) {
                (Some(m), _) => Some(m.clone()),
                (None, None) => Some(self.root.clone()),
                (None, Some(_)) => None,
            };
            if let Some(m) = kept {
                moves.reverse();
                return (m, moves);
            }
            if let Some(mv) = &node.mv {
                moves.push(mv);
            }
            if let Some(p) = node.parent {
                at = p;
            }
        }
    }

    /// Makes the path to `id` the one redo follows from every node on it.
    pub fn remember_path(&mut self, id: NodeId) {
        let path = self.path(id);
        for pair in path.windows(2) {
            if self.node(pair[0]).last_child != Some(pair[1]) {
                if let Some(n) = self.node_mut(pair[0]) {
                    n.last_child = Some(pair[1]);
                }
            }
        }
    }
}

/// Moves between two kept states for a machine like `m`: [`KEY_EVERY`]
/// for a lesson-sized program; for one of thousands of goroutines or
/// objects, enough moves that the kept states stay a small multiple of one
/// machine per move instead of filling the memory (undo then replays
/// more moves, which such a program makes slow anyway).
pub fn keyframe_stride(m: &Machine) -> u32 {
    let weight = m.goroutine_count() + m.heap_objects() / 8;
    let stride = 1 + weight.saturating_sub(256) / 8;
    KEY_EVERY.max(u32::try_from(stride).unwrap_or(u32::MAX))
}
