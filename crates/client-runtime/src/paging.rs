//! The loop behind a paged operation's `pages()` and `stream()`: written
//! once here, for every operation whose spec declares `x-pagination`.
//!
//! The pager asks for one page at a time and decides where the next starts:
//! - where the page's next link says (its offset query parameter), when the
//!   page has a next link;
//! - after the items received (offset + count) when the server sends no
//!   links at all;
//!
//! and the stream ends only when the server says there is nothing more:
//! - a page whose links have no next one (where the server sends links);
//! - an empty page;
//! - a next offset at or past the total the page gives.
//!
//! A page shorter than the limit asked for is not the end: servers clamp
//! the page size (Adobe serves at most 100 whatever `limit` says), so the
//! next page is asked for after it, and with no total and no links the
//! stream ends on the first empty page, one request later. It never asks
//! twice for the same offset: a server that sends the same next link again,
//! or the same page again for the next offset (a server that ignores the
//! offset), ends the stream with [`PagingError`] instead of looping forever. A page
//! that fails ends the stream with its error (after the retries of the call
//! path).

use std::collections::BTreeSet;
use std::fmt;
use std::future::Future;
use std::num::{NonZeroU32, NonZeroU64};

pub use futures_core::Stream;
pub use futures_util::{StreamExt, TryStreamExt};

/// Where paging starts, and what it needs to know about the operation.
#[derive(Clone, Copy, Debug)]
pub struct Paging {
    /// The offset query parameter's wire name, to read from next links.
    pub offset_parameter: &'static str,
    /// The offset of the first page.
    pub start: u64,
}

/// What a page says about the pages after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextLink<'a> {
    /// The server sends no links: the pager counts.
    NotSent,
    /// The page has links, but no next one: it is the last page.
    Last,
    /// The link to the next page.
    Next(&'a str),
}

/// What the pager reads from one page.
#[derive(Clone, Copy, Debug)]
pub struct Page<'a> {
    /// How many items the page holds.
    pub items: usize,
    /// How many items there are in all, if the page says.
    pub total: Option<u64>,
    /// The next page's link.
    pub next: NextLink<'a>,
}

/// Why paging stopped with an error of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PagingError {
    /// The server pointed at a page already fetched (or an earlier one):
    /// following it would never end.
    Repeated {
        /// The offset asked for again.
        offset: u64,
    },
    /// The server answered the next offset with the very page before it: it
    /// ignores the offset, and counting on would never end.
    SamePage {
        /// The offset asked for.
        offset: u64,
    },
}

impl fmt::Display for PagingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Repeated { offset } => write!(
                f,
                "the server's next link points at offset {offset}, which was already fetched; \
                 paging stopped instead of looping"
            ),
            Self::SamePage { offset } => write!(
                f,
                "the server answered offset {offset} with the page before it again (it ignores \
                 the offset); paging stopped instead of looping"
            ),
        }
    }
}

impl std::error::Error for PagingError {}

/// A number a spec's integer parameter or field holds, as an offset or a
/// count: `None` for a negative one.
pub fn to_u64<N: Offset>(n: N) -> Option<u64> {
    n.to_u64()
}

/// The integer types a generated offset, limit or total can have.
pub trait Offset: Copy {
    /// The value as an unsigned count, if it is not negative.
    fn to_u64(self) -> Option<u64>;
}

macro_rules! offsets {
    ($($t:ty),*) => {$(
        impl Offset for $t {
            fn to_u64(self) -> Option<u64> {
                u64::try_from(self).ok()
            }
        }
    )*};
}
offsets!(u64, u32, i64, i32);

impl Offset for NonZeroU64 {
    fn to_u64(self) -> Option<u64> {
        Some(self.get())
    }
}

impl Offset for NonZeroU32 {
    fn to_u64(self) -> Option<u64> {
        Some(u64::from(self.get()))
    }
}

/// The value of query parameter `name` in a link (a path and query, or a
/// full URL), if it holds a number.
pub fn offset_in_link(link: &str, name: &str) -> Option<u64> {
    let query = link.split_once('?')?.1;
    let query = query.split('#').next().unwrap_or(query);
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| value.parse().ok()).flatten()
    })
}

/// Where the pager is.
enum State<B, P> {
    /// The next page to ask for, with the builder that asks, every offset
    /// asked for so far, and the last page received.
    Ask {
        builder: B,
        offset: u64,
        asked: BTreeSet<u64>,
        last: Option<P>,
    },
    /// The last page is out; what comes next is this error.
    Failed(PagingError),
    /// Nothing more.
    Done,
}

/// Every page of a paged operation: `send` asks for the page at an offset,
/// `describe` reads what the pager needs from a page.
pub fn pages<'a, B, P, E, S, F>(
    builder: B,
    paging: Paging,
    send: S,
    describe: fn(&P) -> Page<'_>,
) -> impl Stream<Item = Result<P, E>> + 'a
where
    B: Clone + 'a,
    P: Clone + PartialEq + 'a,
    E: From<PagingError> + 'a,
    S: Fn(B, u64) -> F + 'a,
    F: Future<Output = Result<crate::ResponseValue<P>, E>> + 'a,
{
    let start = State::Ask {
        builder,
        offset: paging.start,
        asked: BTreeSet::new(),
        last: None,
    };
    futures_util::stream::unfold(start, move |state| {
        // The request is made here, so that the future below owns it and
        // borrows nothing from this closure.
        let step = match state {
            State::Done => None,
            State::Failed(error) => Some(Err(error)),
            State::Ask {
                builder,
                offset,
                mut asked,
                last,
            } => {
                asked.insert(offset);
                let request = send(builder.clone(), offset);
                Some(Ok((builder, offset, asked, last, request)))
            }
        };
        async move {
            let (builder, offset, asked, last, request) = match step? {
                Ok(ask) => ask,
                Err(error) => return Some((Err(E::from(error)), State::Done)),
            };
            let page = match request.await {
                Ok(page) => page.into_inner(),
                Err(error) => return Some((Err(error), State::Done)),
            };
            // A server that ignores the offset and sends neither links nor
            // a total answers every offset with the same page: counting
            // would never end.
            if last.as_ref() == Some(&page) && describe(&page).items > 0 {
                let error = PagingError::SamePage { offset };
                return Some((Err(E::from(error)), State::Done));
            }
            let state = match after(&paging, offset, &asked, describe(&page)) {
                Ok(Some(next)) => State::Ask {
                    builder,
                    offset: next,
                    asked,
                    last: Some(page.clone()),
                },
                Ok(None) => State::Done,
                // The page itself is good: it comes first, then the error.
                Err(error) => State::Failed(error),
            };
            Some((Ok(page), state))
        }
    })
}

/// The offset of the page after the one at `offset`, `None` when that was
/// the last page, or the error of a server that would make paging loop.
fn after(
    paging: &Paging,
    offset: u64,
    asked: &BTreeSet<u64>,
    page: Page<'_>,
) -> Result<Option<u64>, PagingError> {
    if page.items == 0 {
        return Ok(None);
    }
    let counted = offset.saturating_add(page.items as u64);
    let next = match page.next {
        NextLink::Last => return Ok(None),
        NextLink::Next(link) => offset_in_link(link, paging.offset_parameter).unwrap_or(counted),
        // A short page is not the end: the server may serve fewer than
        // asked for on every page.
        NextLink::NotSent => counted,
    };
    if page.total.is_some_and(|total| next >= total) {
        return Ok(None);
    }
    if next <= offset || asked.contains(&next) {
        return Err(PagingError::Repeated { offset: next });
    }
    Ok(Some(next))
}

/// Every item of every page, in order.
pub fn items<'a, P, T, E>(
    pages: impl Stream<Item = Result<P, E>> + 'a,
    into_items: fn(P) -> Vec<T>,
) -> impl Stream<Item = Result<T, E>> + 'a
where
    P: 'a,
    T: 'a,
    E: 'a,
{
    pages.flat_map(move |page| {
        let items: Vec<Result<T, E>> = match page {
            Ok(page) => into_items(page).into_iter().map(Ok).collect(),
            Err(error) => vec![Err(error)],
        };
        futures_util::stream::iter(items)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGING: Paging = Paging {
        offset_parameter: "offset",
        start: 0,
    };

    fn page(items: usize, total: Option<u64>, next: NextLink<'_>) -> Page<'_> {
        Page { items, total, next }
    }

    #[test]
    fn the_next_link_decides_where_the_next_page_starts() {
        let asked = BTreeSet::from([0]);
        let link = NextLink::Next("/v3/customers/c/orders?limit=3&offset=6");
        assert_eq!(after(&PAGING, 0, &asked, page(3, None, link)), Ok(Some(6)));
        // A link without an offset: count.
        let bare = NextLink::Next("/v3/customers/c/orders?limit=3");
        assert_eq!(after(&PAGING, 0, &asked, page(3, None, bare)), Ok(Some(3)));
    }

    #[test]
    fn the_last_page_is_known_three_ways() {
        let asked = BTreeSet::from([6]);
        let counted = NextLink::NotSent;
        assert_eq!(
            after(&PAGING, 6, &asked, page(3, None, NextLink::Last)),
            Ok(None)
        );
        assert_eq!(after(&PAGING, 6, &asked, page(0, None, counted)), Ok(None));
        assert_eq!(
            after(&PAGING, 6, &asked, page(3, Some(9), counted)),
            Ok(None)
        );
        assert_eq!(
            after(&PAGING, 6, &asked, page(3, Some(10), counted)),
            Ok(Some(9))
        );
    }

    #[test]
    fn a_page_shorter_than_asked_is_not_the_end() {
        let asked = BTreeSet::from([0]);
        // Asked for 3, served 2 (a server that clamps), with no links: the
        // total says more, and so does the absence of one.
        let short = |total| page(2, total, NextLink::NotSent);
        assert_eq!(after(&PAGING, 0, &asked, short(Some(10))), Ok(Some(2)));
        assert_eq!(after(&PAGING, 0, &asked, short(None)), Ok(Some(2)));
        assert_eq!(after(&PAGING, 8, &asked, short(Some(10))), Ok(None));
    }

    #[test]
    fn a_repeated_or_backward_link_is_an_error() {
        let asked = BTreeSet::from([0, 3]);
        let again = NextLink::Next("/x?offset=3");
        assert_eq!(
            after(&PAGING, 3, &asked, page(3, None, again)),
            Err(PagingError::Repeated { offset: 3 })
        );
        let back = NextLink::Next("/x?offset=0");
        assert!(after(&PAGING, 3, &asked, page(3, None, back)).is_err());
    }

    #[test]
    fn offsets_are_read_from_links_and_urls() {
        assert_eq!(offset_in_link("/a?offset=6&limit=3", "offset"), Some(6));
        assert_eq!(
            offset_in_link("https://h/a?limit=3&offset=12#x", "offset"),
            Some(12)
        );
        assert_eq!(offset_in_link("/a?offsets=6", "offset"), None);
        assert_eq!(offset_in_link("/a", "offset"), None);
    }
}
