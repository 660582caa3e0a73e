//! The terminal while watch owns it: raw mode on an alternate screen, always given back.
//!
//! The guard restores the terminal when dropped (quit, Ctrl-C, a signal through the loop),
//! and a panic hook does the same before the panic message is printed, so a learner is never
//! left with a terminal that does not echo.

use std::io::{self, Write};

use crossterm::{cursor, execute, queue, terminal};
use unicode_width::UnicodeWidthChar;

pub struct Screen {
    out: io::Stdout,
}

fn restore() {
    let _ = execute!(io::stdout(), cursor::Show, terminal::LeaveAlternateScreen);
    let _ = terminal::disable_raw_mode();
}

impl Screen {
    pub fn enter() -> io::Result<Screen> {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            restore();
            previous(info);
        }));
        terminal::enable_raw_mode()?;
        let mut out = io::stdout();
        execute!(out, terminal::EnterAlternateScreen, cursor::Hide)?;
        Ok(Screen { out })
    }

    /// Hands the terminal to another program (an editor) until `resume`.
    pub fn suspend(&mut self) {
        restore();
    }

    pub fn resume(&mut self) -> io::Result<()> {
        terminal::enable_raw_mode()?;
        execute!(self.out, terminal::EnterAlternateScreen, cursor::Hide)
    }

    pub fn size() -> (usize, usize) {
        terminal::size().map_or((80, 24), |(w, h)| (w as usize, h as usize))
    }

    /// Draws the top lines, as much of the body as fits from line `scroll` on, and the bottom
    /// lines. Every line is cut to the width, so one line of text is one row.
    pub fn draw(
        &mut self,
        top: &[String],
        body: &[String],
        bottom: &[String],
        scroll_note: &dyn Fn(usize, usize, usize) -> String,
        scroll: &mut usize,
    ) -> io::Result<()> {
        let (width, height) = Self::size();
        let room = height.saturating_sub(top.len() + bottom.len()).max(1);
        let mut rows: Vec<String> = top.to_vec();
        if body.len() <= room {
            *scroll = 0;
            rows.extend(body.iter().cloned());
        } else {
            let shown = room - 1;
            *scroll = (*scroll).min(body.len() - shown);
            rows.extend(body[*scroll..*scroll + shown].iter().cloned());
            rows.push(format!(
                "\u{1b}[2m{}\u{1b}[0m",
                scroll_note(*scroll + 1, *scroll + shown, body.len())
            ));
        }
        while rows.len() + bottom.len() < height {
            rows.push(String::new());
        }
        rows.extend(bottom.iter().cloned());
        queue!(
            self.out,
            cursor::MoveTo(0, 0),
            terminal::Clear(terminal::ClearType::All)
        )?;
        for (i, row) in rows.iter().take(height).enumerate() {
            let separator = if i + 1 < height.min(rows.len()) {
                "\r\n"
            } else {
                ""
            };
            write!(self.out, "{}{separator}", fit(row, width))?;
        }
        self.out.flush()
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore();
    }
}

/// `line` cut to `width` columns, counting wide (Korean) characters as two and escape
/// sequences (colours, links) as none.
pub fn fit(line: &str, width: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let mut used = 0;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            out.push(c);
            // CSI (`ESC [ … letter`) or OSC (`ESC ] … ESC \`): copied whole, zero width.
            match chars.next() {
                Some('[') => {
                    out.push('[');
                    for c in chars.by_ref() {
                        out.push(c);
                        if c.is_ascii_alphabetic() {
                            break;
                        }
                    }
                }
                Some(']') => {
                    out.push(']');
                    while let Some(c) = chars.next() {
                        out.push(c);
                        if c == '\u{1b}' && chars.peek() == Some(&'\\') {
                            out.push(chars.next().unwrap_or('\\'));
                            break;
                        }
                    }
                }
                Some(other) => out.push(other),
                None => {}
            }
            continue;
        }
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) && chars.clone().any(|c| c != '\u{1b}') {
            out.push('…');
            out.push_str("\u{1b}[0m");
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn fit_counts_wide_characters_and_skips_escapes() {
        assert_eq!(fit("abc", 10), "abc");
        assert_eq!(fit("abcdefghij", 5), "abcd…\u{1b}[0m");
        assert_eq!(fit("\u{1b}[31mab\u{1b}[0m", 3), "\u{1b}[31mab\u{1b}[0m");
        assert_eq!(fit("가나다라", 5), "가나…\u{1b}[0m");
    }
}
