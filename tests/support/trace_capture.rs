//! A `tracing` layer that keeps what a test's clients emit: every event,
//! every span with the fields it ended with, and the text of every field
//! as it was recorded, for checks that a value never reached a log.

use std::collections::BTreeMap;
use std::fmt::Debug;
use std::sync::{Arc, Mutex, OnceLock};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// An event, or a span once closed.
#[derive(Clone, Debug)]
pub struct Captured {
    /// The span's id (0 for an event).
    pub id: u64,
    /// The id of the span it is in.
    pub parent_id: Option<u64>,
    /// The span's or event's name.
    pub name: String,
    /// Its target, such as `client_runtime::drift`.
    pub target: String,
    /// Its level.
    pub level: Level,
    /// The name of the span it is in.
    pub parent: Option<String>,
    /// Each field: strings as they are, other values as `Debug`; an
    /// event's text is `message`.
    pub fields: BTreeMap<String, String>,
}

impl Captured {
    /// A field's value; panics, naming what there is, when it has none.
    pub fn field(&self, name: &str) -> &str {
        self.get(name)
            .unwrap_or_else(|| panic!("no field `{name}` in {self:?}"))
    }

    /// A field's value, if it has one.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }
}

/// What the layer kept, shared by every clone.
#[derive(Clone, Default)]
pub struct Capture {
    /// Closed spans, with every field they were given.
    pub spans: Arc<Mutex<Vec<Captured>>>,
    /// Events, in order.
    pub events: Arc<Mutex<Vec<Captured>>>,
    /// The text of every field recorded on any span, as it was recorded
    /// (open spans included).
    recorded: Arc<Mutex<Vec<String>>>,
}

impl Capture {
    /// The capture of every thread of this test binary, installed once as
    /// the global subscriber.
    ///
    /// Global, not scoped to one thread: `tracing` caches whether a call
    /// site is wanted for the whole process when a thread first reaches
    /// it, and with one thread-scoped subscriber the other test threads
    /// (which have none) would leave it cached as unwanted.
    pub fn global() -> &'static Capture {
        static GLOBAL: OnceLock<Capture> = OnceLock::new();
        GLOBAL.get_or_init(|| {
            let capture = Capture::default();
            tracing::subscriber::set_global_default(
                tracing_subscriber::registry().with(capture.clone()),
            )
            .expect("no other code of this binary sets a global subscriber");
            capture
        })
    }

    /// Everything captured so far, as text.
    pub fn everything(&self) -> String {
        let events = self.events.lock().unwrap();
        let spans = self.spans.lock().unwrap();
        let recorded = self.recorded.lock().unwrap();
        format!("{events:?}\n{spans:?}\n{recorded:?}")
    }
}

#[derive(Default)]
struct Fields(BTreeMap<String, String>);

impl Visit for Fields {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Capture {
    fn on_new_span(&self, attributes: &Attributes<'_>, id: &Id, context: Context<'_, S>) {
        let mut fields = Fields::default();
        attributes.record(&mut fields);
        self.recorded
            .lock()
            .unwrap()
            .push(format!("{:?}", fields.0));
        if let Some(span) = context.span(id) {
            span.extensions_mut().insert(fields);
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, context: Context<'_, S>) {
        let mut recorded = Fields::default();
        values.record(&mut recorded);
        self.recorded
            .lock()
            .unwrap()
            .push(format!("{:?}", recorded.0));
        if let Some(span) = context.span(id)
            && let Some(fields) = span.extensions_mut().get_mut::<Fields>()
        {
            values.record(fields);
        }
    }

    fn on_event(&self, event: &Event<'_>, context: Context<'_, S>) {
        let mut fields = Fields::default();
        event.record(&mut fields);
        let parent = context.event_span(event);
        self.events.lock().unwrap().push(Captured {
            id: 0,
            parent_id: parent.as_ref().map(|s| s.id().into_u64()),
            name: event.metadata().name().to_owned(),
            target: event.metadata().target().to_owned(),
            level: *event.metadata().level(),
            parent: parent.map(|s| s.name().to_owned()),
            fields: fields.0,
        });
    }

    fn on_close(&self, id: Id, context: Context<'_, S>) {
        let Some(span) = context.span(&id) else {
            return;
        };
        let fields = span.extensions_mut().remove::<Fields>().unwrap_or_default();
        self.spans.lock().unwrap().push(Captured {
            id: id.into_u64(),
            parent_id: span.parent().map(|p| p.id().into_u64()),
            name: span.name().to_owned(),
            target: span.metadata().target().to_owned(),
            level: *span.metadata().level(),
            parent: span.parent().map(|p| p.name().to_owned()),
            fields: fields.0,
        });
    }
}
