//! Superinstructions: a peephole pass that merges the commonest
//! instruction sequences into one, so loops and recursion run fewer
//! dispatches. Sequences that a jump lands inside are left alone, and
//! every jump target is remapped.

use program::{BinOp, Func, Op};

/// Rewrites one function's code in place.
pub fn optimise(f: &mut Func) {
    let targets: Vec<bool> = {
        let mut t = vec![false; f.code.len() + 1];
        for op in &f.code {
            if let Op::Jump(x)
            | Op::JumpIfFalse(x)
            | Op::JumpIfTrue(x)
            | Op::JumpUnlessLocalConst(.., x) = op
            {
                if let Some(slot) = t.get_mut(*x as usize) {
                    *slot = true;
                }
            }
        }
        t
    };
    let landed_inside =
        |i: usize, len: usize| (i + 1..i + len).any(|k| targets.get(k).copied().unwrap_or(false));
    let mut code = Vec::with_capacity(f.code.len());
    let mut lines = Vec::with_capacity(f.code.len());
    let mut new_index = vec![0u32; f.code.len() + 1];
    let mut i = 0;
    while i < f.code.len() {
        // A function's code is far shorter than 2^32 instructions.
        let here = code.len() as u32;
        new_index[i] = here;
        let merged = match f.code.get(i..i + 4) {
            Some(
                [
                    Op::Load(a),
                    Op::Const(k),
                    Op::Cmp(op, kind),
                    Op::JumpIfFalse(t),
                ],
            ) if !landed_inside(i, 4) => {
                Some((Op::JumpUnlessLocalConst(*a, *k, *op, *kind, *t), 4))
            }
            _ => None,
        }
        .or_else(|| match f.code.get(i..i + 3) {
            Some([Op::Load(a), Op::Const(k), Op::Bin(op, kind)])
                if mergeable(*op) && !landed_inside(i, 3) =>
            {
                Some((Op::BinLocalConst(*a, *k, *op, *kind), 3))
            }
            _ => None,
        })
        .or_else(|| match f.code.get(i..i + 2) {
            // The `Return` stays: jumps may land on it, and it does the
            // return whenever the hot loop cannot.
            Some([Op::Store(r), Op::Return]) if f.results == [*r] && f.result_cells == [false] => {
                Some((Op::StoreReturn(*r), 1))
            }
            _ => None,
        });
        let (op, len) = merged.unwrap_or_else(|| (f.code[i].clone(), 1));
        for k in 1..len {
            new_index[i + k] = here;
        }
        code.push(op);
        lines.push(f.lines.get(i).copied().unwrap_or(0));
        i += len;
    }
    new_index[f.code.len()] = code.len() as u32;
    for op in &mut code {
        if let Op::Jump(x)
        | Op::JumpIfFalse(x)
        | Op::JumpIfTrue(x)
        | Op::JumpUnlessLocalConst(.., x) = op
        {
            *x = new_index.get(*x as usize).copied().unwrap_or(*x);
        }
    }
    f.code = code;
    f.lines = lines;
    // Merged sequences hold no memory access: every access keeps its own
    // instruction, only moved.
    for a in &mut f.accesses {
        a.0 = new_index.get(a.0 as usize).copied().unwrap_or(a.0);
    }
}

/// Operators that cannot panic, so the merged instruction never needs the
/// slow path's error handling.
fn mergeable(op: BinOp) -> bool {
    matches!(
        op,
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use program::{CmpOp, NumKind};

    fn func(code: Vec<Op>) -> Func {
        let n = code.len();
        Func {
            name: "t".into(),
            file: 0,
            line: 0,
            params: 1,
            slots: 1,
            results: vec![],
            result_cells: vec![],
            code,
            lines: vec![1; n],
            prelude: false,
            native: None,
            accesses: Vec::new(),
        }
    }

    #[test]
    fn merges_and_remaps_jumps() {
        let mut f = func(vec![
            Op::Load(0),
            Op::Const(1),
            Op::Cmp(CmpOp::Lt, NumKind::I64),
            Op::JumpIfFalse(7),
            Op::Load(0),
            Op::Const(2),
            Op::Bin(BinOp::Add, NumKind::I64),
            Op::Return,
        ]);
        optimise(&mut f);
        assert_eq!(
            f.code,
            vec![
                Op::JumpUnlessLocalConst(0, 1, CmpOp::Lt, NumKind::I64, 2),
                Op::BinLocalConst(0, 2, BinOp::Add, NumKind::I64),
                Op::Return,
            ]
        );
        assert_eq!(f.lines.len(), 3);
    }

    #[test]
    fn marks_the_store_of_the_only_result_before_a_return() {
        let mut f = func(vec![Op::Load(0), Op::Store(1), Op::Return]);
        f.results = vec![1];
        f.result_cells = vec![false];
        optimise(&mut f);
        assert_eq!(f.code, vec![Op::Load(0), Op::StoreReturn(1), Op::Return]);

        // Two results, or a result in a cell: the return is the slow one.
        for (results, cells) in [(vec![1, 2], vec![false, false]), (vec![1], vec![true])] {
            let code = vec![Op::Store(2), Op::Store(1), Op::Return];
            let mut f = func(code.clone());
            (f.results, f.result_cells) = (results, cells);
            optimise(&mut f);
            assert_eq!(f.code, code);
        }
    }

    #[test]
    fn leaves_sequences_that_a_jump_lands_in() {
        let code = vec![
            Op::Jump(2),
            Op::Load(0),
            Op::Const(1),
            Op::Bin(BinOp::Add, NumKind::I64),
            Op::Return,
        ];
        let mut f = func(code.clone());
        optimise(&mut f);
        assert_eq!(f.code, code);
    }
}
