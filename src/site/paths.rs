//! Where each page lives: stable, relative file names made from ids.
//!
//! An id that is a plain name (letters, digits, `-`, `_`, `.` not first) is
//! its own file name. Anything else (a broken id that lint reports, with
//! `/`, `..`, spaces or other characters) is spelled with `~XX` hex escapes,
//! so that no id can name a file outside its folder or a hidden file, and
//! cut with a hash when long, so that every file name stays short.

/// The longest file stem used as is.
const MAX_STEM: usize = 100;

/// The file stem (no extension) for an id.
pub fn stem(id: &str) -> String {
    let plain = !id.is_empty()
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    let mut s = if plain {
        id.to_string()
    } else {
        let mut s = String::with_capacity(id.len() * 3 + 1);
        s.push('~');
        for b in id.bytes() {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
                s.push(b as char);
            } else {
                s.push_str(&format!("~{b:02X}"));
            }
        }
        s
    };
    if s.len() > MAX_STEM {
        let mut cut = MAX_STEM;
        while !s.is_char_boundary(cut) {
            cut -= 1;
        }
        s.truncate(cut);
        s.push_str(&format!("~{:016x}", fnv(id.as_bytes())));
    }
    s
}

fn fnv(b: &[u8]) -> u64 {
    b.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, x| {
        (h ^ u64::from(*x)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// `capabilities/<id>.html`, relative to the site's root.
pub fn capability(id: &str) -> String {
    format!("capabilities/{}.html", stem(id))
}
pub fn service(id: &str) -> String {
    format!("services/{}.html", stem(id))
}
pub fn team(id: &str) -> String {
    format!("teams/{}.html", stem(id))
}
pub fn deprecation(id: &str) -> String {
    format!("deprecations/{}.html", stem(id))
}
/// Exceptions have no page of their own: a row of the exceptions index.
pub fn exception(id: &str) -> String {
    format!("exceptions/index.html#{}", stem(id))
}
/// Intake requests: a row of the intake index.
pub fn intake(id: &str) -> String {
    format!("intake/index.html#{}", stem(id))
}
pub fn roadmap(quarter: &str) -> String {
    format!("roadmap/{}.html", stem(quarter))
}
pub fn scorecard(id: &str) -> String {
    format!("scorecards/{}.html", stem(id))
}
pub fn campaign(id: &str) -> String {
    format!("campaigns/{}.html", stem(id))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_ids_are_their_own_names() {
        assert_eq!(stem("payments-api"), "payments-api");
        assert_eq!(stem("EXC-0932W1"), "EXC-0932W1");
        assert_eq!(stem("2026-Q4"), "2026-Q4");
        assert_eq!(service("a_b.c"), "services/a_b.c.html");
    }

    #[test]
    fn other_ids_cannot_leave_their_folder() {
        assert_eq!(stem("../x"), "~~2E~2E~2Fx");
        assert_eq!(stem(".hidden"), "~~2Ehidden");
        assert_eq!(stem(""), "~");
        assert_eq!(stem("a b"), "~a~20b");
        assert_eq!(stem("é"), "~~C3~A9");
        // A plain id never starts with `~`, so the two spellings never meet.
        assert_ne!(stem("~a"), stem("a"));
        for id in ["../../etc/passwd", "a/b", "<script>", "x\0y", "CON"] {
            let s = stem(id);
            assert!(
                !s.contains('/') && !s.contains('\\') && !s.starts_with('.'),
                "{s}"
            );
        }
    }

    #[test]
    fn long_ids_are_cut_with_a_hash() {
        let a = "a".repeat(300);
        let b = format!("{}b", "a".repeat(299));
        assert_eq!(stem(&a).len(), MAX_STEM + 17);
        assert_ne!(stem(&a), stem(&b));
        let wide = "é".repeat(200);
        assert!(stem(&wide).len() <= MAX_STEM + 17);
    }
}
