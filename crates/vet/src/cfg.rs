//! The control-flow graph of one function body, shaped as go/cfg shapes
//! it, for lostcancel: blocks of simple statements and conditions, an
//! edge for each way control can go on, and a return at the end of every
//! block that returns, the closing brace standing for falling off the end.
//! A call of `panic`, `os.Exit` or `log.Fatal…` ends its block with no way
//! on.

use syntax::ast::{Block as AstBlock, BranchKind, Expr, Stmt, StmtKind};

/// What a block holds: a simple statement, or a condition or operand the
/// block evaluates.
#[derive(Clone, Copy, Debug)]
pub enum Item<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
}

#[derive(Debug, Default)]
pub struct Block<'a> {
    pub items: Vec<Item<'a>>,
    pub succs: Vec<usize>,
    /// Where the block returns (a `return`, or the function's closing
    /// brace), if it does.
    pub ret: Option<u32>,
}

/// Where `break` and `continue` go inside a statement.
struct Target {
    label: Option<String>,
    brk: usize,
    cont: Option<usize>,
}

struct Builder<'a, 'f> {
    blocks: Vec<Block<'a>>,
    cur: usize,
    targets: Vec<Target>,
    labels: Vec<(String, usize)>,
    /// The next clause's block, for `fallthrough`.
    fall: Option<usize>,
    no_return: &'f dyn Fn(&Expr) -> bool,
}

/// The graph of `body`; block 0 is the entry. `no_return` says whether an
/// expression statement's call never returns.
pub fn build<'a>(body: &'a AstBlock, no_return: &dyn Fn(&Expr) -> bool) -> Vec<Block<'a>> {
    let mut b = Builder {
        blocks: vec![Block::default()],
        cur: 0,
        targets: Vec::new(),
        labels: Vec::new(),
        fall: None,
        no_return,
    };
    b.stmts(&body.stmts);
    let end = b.cur;
    b.blocks[end].ret = Some(body.close.lo);
    b.blocks
}

impl<'a> Builder<'a, '_> {
    fn new_block(&mut self) -> usize {
        self.blocks.push(Block::default());
        self.blocks.len() - 1
    }

    fn add(&mut self, item: Item<'a>) {
        let cur = self.cur;
        self.blocks[cur].items.push(item);
    }

    fn jump(&mut self, to: usize) {
        let cur = self.cur;
        self.blocks[cur].succs.push(to);
    }

    /// Control does not go on from here: what follows is a fresh block
    /// nothing jumps to, unless a label or a loop does.
    fn dead_end(&mut self) {
        self.cur = self.new_block();
    }

    fn label_block(&mut self, name: &str) -> usize {
        if let Some((_, b)) = self.labels.iter().find(|(l, _)| l == name) {
            return *b;
        }
        let b = self.new_block();
        self.labels.push((name.to_string(), b));
        b
    }

    fn stmts(&mut self, list: &'a [Stmt]) {
        for s in list {
            self.stmt(s, None);
        }
    }

    fn opt(&mut self, s: &'a Option<Box<Stmt>>) {
        if let Some(s) = s {
            self.stmt(s, None);
        }
    }

    fn stmt(&mut self, s: &'a Stmt, label: Option<String>) {
        match &s.kind {
            StmtKind::Return(_) => {
                self.add(Item::Stmt(s));
                let cur = self.cur;
                self.blocks[cur].ret = Some(s.span.lo);
                self.dead_end();
            }
            StmtKind::Expr(e) => {
                self.add(Item::Stmt(s));
                if (self.no_return)(e) {
                    self.dead_end();
                }
            }
            StmtKind::Labeled { label, stmt } => {
                let b = self.label_block(&label.name);
                self.jump(b);
                self.cur = b;
                self.stmt(stmt, Some(label.name.clone()));
            }
            StmtKind::Block(b) => self.stmts(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.opt(init);
                self.add(Item::Expr(cond));
                let (then_b, after) = (self.new_block(), self.new_block());
                let else_b = if els.is_some() {
                    self.new_block()
                } else {
                    after
                };
                self.jump(then_b);
                self.jump(else_b);
                self.cur = then_b;
                self.stmts(&then.stmts);
                self.jump(after);
                if let Some(e) = els {
                    self.cur = else_b;
                    self.stmt(e, None);
                    self.jump(after);
                }
                self.cur = after;
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.opt(init);
                let head = self.new_block();
                self.jump(head);
                self.cur = head;
                if let Some(c) = cond {
                    self.add(Item::Expr(c));
                }
                let (body_b, exit) = (self.new_block(), self.new_block());
                let post_b = if post.is_some() {
                    self.new_block()
                } else {
                    head
                };
                self.jump(body_b);
                if cond.is_some() {
                    self.jump(exit);
                }
                self.loop_body(label, exit, post_b, body_b, &body.stmts);
                if let Some(p) = post {
                    self.cur = post_b;
                    self.stmt(p, None);
                    self.jump(head);
                }
                self.cur = exit;
            }
            StmtKind::Range { x, body, .. } => {
                self.add(Item::Expr(x));
                let head = self.new_block();
                self.jump(head);
                self.cur = head;
                let (body_b, exit) = (self.new_block(), self.new_block());
                self.jump(body_b);
                self.jump(exit);
                self.loop_body(label, exit, head, body_b, &body.stmts);
                self.cur = exit;
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.opt(init);
                if let Some(t) = tag {
                    self.add(Item::Expr(t));
                }
                let bodies = clauses.iter().map(|c| (c.exprs.as_deref(), &c.body[..]));
                self.clauses(label, bodies.collect());
            }
            StmtKind::TypeSwitch {
                init, x, clauses, ..
            } => {
                self.opt(init);
                self.add(Item::Expr(x));
                let bodies = clauses.iter().map(|c| (c.exprs.as_deref(), &c.body[..]));
                self.clauses(label, bodies.collect());
            }
            StmtKind::Select { clauses } => {
                let head = self.cur;
                let exit = self.new_block();
                self.targets.push(Target {
                    label,
                    brk: exit,
                    cont: None,
                });
                for c in clauses {
                    let b = self.new_block();
                    self.blocks[head].succs.push(b);
                    self.cur = b;
                    self.opt(&c.comm);
                    self.stmts(&c.body);
                    self.jump(exit);
                }
                self.targets.pop();
                self.cur = exit;
            }
            StmtKind::Branch { kind, label } => {
                let name = label.as_ref().map(|l| l.name.as_str());
                let to = match kind {
                    BranchKind::Break => self
                        .targets
                        .iter()
                        .rev()
                        .find(|t| name.is_none() || t.label.as_deref() == name)
                        .map(|t| t.brk),
                    BranchKind::Continue => self
                        .targets
                        .iter()
                        .rev()
                        .filter(|t| t.cont.is_some())
                        .find(|t| name.is_none() || t.label.as_deref() == name)
                        .and_then(|t| t.cont),
                    BranchKind::Goto => name.map(|n| self.label_block(n)),
                    BranchKind::Fallthrough => self.fall,
                };
                if let Some(to) = to {
                    self.jump(to);
                }
                self.dead_end();
            }
            _ => self.add(Item::Stmt(s)),
        }
    }

    fn loop_body(
        &mut self,
        label: Option<String>,
        exit: usize,
        cont: usize,
        body_b: usize,
        body: &'a [Stmt],
    ) {
        self.targets.push(Target {
            label,
            brk: exit,
            cont: Some(cont),
        });
        self.cur = body_b;
        self.stmts(body);
        self.jump(cont);
        self.targets.pop();
    }

    /// The clauses of a switch: each a block the head may go to, the head
    /// going on past the switch when there is no `default`.
    fn clauses(&mut self, label: Option<String>, clauses: Vec<(Option<&'a [Expr]>, &'a [Stmt])>) {
        let head = self.cur;
        let exit = self.new_block();
        let blocks: Vec<usize> = clauses.iter().map(|_| self.new_block()).collect();
        for b in &blocks {
            self.blocks[head].succs.push(*b);
        }
        if clauses.iter().all(|(exprs, _)| exprs.is_some()) {
            self.blocks[head].succs.push(exit);
        }
        self.targets.push(Target {
            label,
            brk: exit,
            cont: None,
        });
        for (i, (exprs, body)) in clauses.into_iter().enumerate() {
            self.cur = blocks[i];
            for e in exprs.into_iter().flatten() {
                self.add(Item::Expr(e));
            }
            self.fall = blocks.get(i + 1).copied();
            self.stmts(body);
            self.jump(exit);
        }
        self.fall = None;
        self.targets.pop();
        self.cur = exit;
    }
}
