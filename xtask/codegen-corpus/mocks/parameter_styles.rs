// @generated from xtask/codegen-corpus/cases/parameter-styles.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
#![allow(clippy::all)]
#![warn(missing_docs)]
/// Request matchers and responses, one pair per operation.
pub mod operations {
    #[allow(unused_imports)]
    use ::codegen_corpus::parameter_styles::types;
    ///Matches `GET /headers`; each method narrows the match to one parameter's value.
    pub struct HeaderStylesWhen(::httpmock::When);
    impl HeaderStylesWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/headers$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `X-Ids` is this value, as the client sends it.
        pub fn x_ids<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                self
                    .0
                    .header(
                        "X-Ids",
                        (::client_runtime::wire::Parameter {
                            name: "X-Ids",
                            location: ::client_runtime::wire::Location::Header,
                            style: ::client_runtime::wire::Style::Simple,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    ),
            )
        }
        ///Matches requests that carry no `X-Ids`.
        pub fn x_ids_missing(self) -> Self {
            Self(self.0.header_missing("X-Ids"))
        }
        ///Matches requests whose `X-Person` is this value, as the client sends it.
        pub fn x_person<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `x_person` is not a valid `Person`")
                });
            Self(
                self
                    .0
                    .header(
                        "X-Person",
                        (::client_runtime::wire::Parameter {
                            name: "X-Person",
                            location: ::client_runtime::wire::Location::Header,
                            style: ::client_runtime::wire::Style::Simple,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    ),
            )
        }
        ///Matches requests whose `X-Person-Exploded` is this value, as the client sends it.
        pub fn x_person_exploded<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!(
                        "the value given to `x_person_exploded` is not a valid `Person`"
                    )
                });
            Self(
                self
                    .0
                    .header(
                        "X-Person-Exploded",
                        (::client_runtime::wire::Parameter {
                            name: "X-Person-Exploded",
                            location: ::client_runtime::wire::Location::Header,
                            style: ::client_runtime::wire::Style::Simple,
                            explode: true,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    ),
            )
        }
        ///Matches requests that carry no `X-Person-Exploded`.
        pub fn x_person_exploded_missing(self) -> Self {
            Self(self.0.header_missing("X-Person-Exploded"))
        }
    }
    ///The answer to `GET /headers`: one method per documented status and example.
    pub struct HeaderStylesThen(::httpmock::Then);
    impl HeaderStylesThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /label-exploded/{id}`; each method narrows the match to one parameter's value.
    pub struct PathLabelArrayExplodedWhen(::httpmock::When);
    impl PathLabelArrayExplodedWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/label\\-exploded/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Label,
                    explode: true,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/label\\-exploded/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /label-exploded/{id}`: one method per documented status and example.
    pub struct PathLabelArrayExplodedThen(::httpmock::Then);
    impl PathLabelArrayExplodedThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /label-scalar/{id}`; each method narrows the match to one parameter's value.
    pub struct PathLabelScalarWhen(::httpmock::When);
    impl PathLabelScalarWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/label\\-scalar/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<i64>,
        {
            let value: i64 = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `i64`")
                });
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Label,
                    explode: false,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/label\\-scalar/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /label-scalar/{id}`: one method per documented status and example.
    pub struct PathLabelScalarThen(::httpmock::Then);
    impl PathLabelScalarThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /label/{id}`; each method narrows the match to one parameter's value.
    pub struct PathLabelArrayWhen(::httpmock::When);
    impl PathLabelArrayWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/label/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Label,
                    explode: false,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/label/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /label/{id}`: one method per documented status and example.
    pub struct PathLabelArrayThen(::httpmock::Then);
    impl PathLabelArrayThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /matrix-exploded/{id}`; each method narrows the match to one parameter's value.
    pub struct PathMatrixArrayExplodedWhen(::httpmock::When);
    impl PathMatrixArrayExplodedWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/matrix\\-exploded/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Matrix,
                    explode: true,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/matrix\\-exploded/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /matrix-exploded/{id}`: one method per documented status and example.
    pub struct PathMatrixArrayExplodedThen(::httpmock::Then);
    impl PathMatrixArrayExplodedThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /matrix-object-exploded/{id}`; each method narrows the match to one parameter's value.
    pub struct PathMatrixObjectExplodedWhen(::httpmock::When);
    impl PathMatrixObjectExplodedWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/matrix\\-object\\-exploded/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `Person`")
                });
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Matrix,
                    explode: true,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/matrix\\-object\\-exploded/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /matrix-object-exploded/{id}`: one method per documented status and example.
    pub struct PathMatrixObjectExplodedThen(::httpmock::Then);
    impl PathMatrixObjectExplodedThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /matrix-object/{id}`; each method narrows the match to one parameter's value.
    pub struct PathMatrixObjectWhen(::httpmock::When);
    impl PathMatrixObjectWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/matrix\\-object/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `Person`")
                });
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Matrix,
                    explode: false,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/matrix\\-object/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /matrix-object/{id}`: one method per documented status and example.
    pub struct PathMatrixObjectThen(::httpmock::Then);
    impl PathMatrixObjectThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /matrix/{id}`; each method narrows the match to one parameter's value.
    pub struct PathMatrixArrayWhen(::httpmock::When);
    impl PathMatrixArrayWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/matrix/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Matrix,
                    explode: false,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/matrix/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /matrix/{id}`: one method per documented status and example.
    pub struct PathMatrixArrayThen(::httpmock::Then);
    impl PathMatrixArrayThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /query/deep`; each method narrows the match to one parameter's value.
    pub struct QueryDeepObjectWhen(::httpmock::When);
    impl QueryDeepObjectWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/query/deep$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `Person`")
                });
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "id",
                            location: ::client_runtime::wire::Location::Query,
                            style: ::client_runtime::wire::Style::DeepObject,
                            explode: true,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    )
                    .into_iter()
                    .fold(self.0, |when, (name, value)| when.query_param(name, value)),
            )
        }
    }
    ///The answer to `GET /query/deep`: one method per documented status and example.
    pub struct QueryDeepObjectThen(::httpmock::Then);
    impl QueryDeepObjectThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /query/form-array`; each method narrows the match to one parameter's value.
    pub struct QueryFormArrayWhen(::httpmock::When);
    impl QueryFormArrayWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/query/form\\-array$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                ::client_runtime::wire::query_values(&value)
                    .into_iter()
                    .fold(self.0, |when, value| when.query_param("id", value)),
            )
        }
        ///Matches requests that carry no `id`.
        pub fn id_missing(self) -> Self {
            Self(self.0.query_param_missing("id"))
        }
    }
    ///The answer to `GET /query/form-array`: one method per documented status and example.
    pub struct QueryFormArrayThen(::httpmock::Then);
    impl QueryFormArrayThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /query/form-array-flat`; each method narrows the match to one parameter's value.
    pub struct QueryFormArrayFlatWhen(::httpmock::When);
    impl QueryFormArrayFlatWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/query/form\\-array\\-flat$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "id",
                            location: ::client_runtime::wire::Location::Query,
                            style: ::client_runtime::wire::Style::Form,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    )
                    .into_iter()
                    .fold(self.0, |when, (name, value)| when.query_param(name, value)),
            )
        }
    }
    ///The answer to `GET /query/form-array-flat`: one method per documented status and example.
    pub struct QueryFormArrayFlatThen(::httpmock::Then);
    impl QueryFormArrayFlatThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /query/form-object`; each method narrows the match to one parameter's value.
    pub struct QueryFormObjectWhen(::httpmock::When);
    impl QueryFormObjectWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/query/form\\-object$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `Person`")
                });
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "id",
                            location: ::client_runtime::wire::Location::Query,
                            style: ::client_runtime::wire::Style::Form,
                            explode: true,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    )
                    .into_iter()
                    .fold(self.0, |when, (name, value)| when.query_param(name, value)),
            )
        }
    }
    ///The answer to `GET /query/form-object`: one method per documented status and example.
    pub struct QueryFormObjectThen(::httpmock::Then);
    impl QueryFormObjectThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /query/form-object-flat`; each method narrows the match to one parameter's value.
    pub struct QueryFormObjectFlatWhen(::httpmock::When);
    impl QueryFormObjectFlatWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/query/form\\-object\\-flat$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `Person`")
                });
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "id",
                            location: ::client_runtime::wire::Location::Query,
                            style: ::client_runtime::wire::Style::Form,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    )
                    .into_iter()
                    .fold(self.0, |when, (name, value)| when.query_param(name, value)),
            )
        }
        ///Matches requests that carry no `id`.
        pub fn id_missing(self) -> Self {
            Self(self.0.query_param_missing("id"))
        }
    }
    ///The answer to `GET /query/form-object-flat`: one method per documented status and example.
    pub struct QueryFormObjectFlatThen(::httpmock::Then);
    impl QueryFormObjectFlatThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /query/pipe`; each method narrows the match to one parameter's value.
    pub struct QueryPipeDelimitedWhen(::httpmock::When);
    impl QueryPipeDelimitedWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/query/pipe$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "id",
                            location: ::client_runtime::wire::Location::Query,
                            style: ::client_runtime::wire::Style::PipeDelimited,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    )
                    .into_iter()
                    .fold(self.0, |when, (name, value)| when.query_param(name, value)),
            )
        }
        ///Matches requests that carry no `id`.
        pub fn id_missing(self) -> Self {
            Self(self.0.query_param_missing("id"))
        }
    }
    ///The answer to `GET /query/pipe`: one method per documented status and example.
    pub struct QueryPipeDelimitedThen(::httpmock::Then);
    impl QueryPipeDelimitedThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /query/space`; each method narrows the match to one parameter's value.
    pub struct QuerySpaceDelimitedWhen(::httpmock::When);
    impl QuerySpaceDelimitedWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/query/space$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "id",
                            location: ::client_runtime::wire::Location::Query,
                            style: ::client_runtime::wire::Style::SpaceDelimited,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    )
                    .into_iter()
                    .fold(self.0, |when, (name, value)| when.query_param(name, value)),
            )
        }
        ///Matches requests that carry no `id`.
        pub fn id_missing(self) -> Self {
            Self(self.0.query_param_missing("id"))
        }
    }
    ///The answer to `GET /query/space`: one method per documented status and example.
    pub struct QuerySpaceDelimitedThen(::httpmock::Then);
    impl QuerySpaceDelimitedThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /simple-object-exploded/{id}`; each method narrows the match to one parameter's value.
    pub struct PathSimpleObjectExplodedWhen(::httpmock::When);
    impl PathSimpleObjectExplodedWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/simple\\-object\\-exploded/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `Person`")
                });
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Simple,
                    explode: true,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/simple\\-object\\-exploded/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /simple-object-exploded/{id}`: one method per documented status and example.
    pub struct PathSimpleObjectExplodedThen(::httpmock::Then);
    impl PathSimpleObjectExplodedThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /simple-object/{id}`; each method narrows the match to one parameter's value.
    pub struct PathSimpleObjectWhen(::httpmock::When);
    impl PathSimpleObjectWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/simple\\-object/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::parameter_styles::types::Person>,
        {
            let value: ::codegen_corpus::parameter_styles::types::Person = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `id` is not a valid `Person`")
                });
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Simple,
                    explode: false,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/simple\\-object/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /simple-object/{id}`: one method per documented status and example.
    pub struct PathSimpleObjectThen(::httpmock::Then);
    impl PathSimpleObjectThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
    ///Matches `GET /simple/{id}`; each method narrows the match to one parameter's value.
    pub struct PathSimpleArrayWhen(::httpmock::When);
    impl PathSimpleArrayWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/simple/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `id` is this value, as the client sends it.
        pub fn id<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<i64>,
        {
            let value: ::std::vec::Vec<i64> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "id",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Simple,
                    explode: false,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/simple/{}$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
    }
    ///The answer to `GET /simple/{id}`: one method per documented status and example.
    pub struct PathSimpleArrayThen(::httpmock::Then);
    impl PathSimpleArrayThen {
        /// Wraps httpmock's response builder.
        pub fn new(inner: ::httpmock::Then) -> Self {
            Self(inner)
        }
        /// httpmock's own response builder, for an answer the spec does
        /// not document (a gateway's error page, a delay).
        pub fn into_inner(self) -> ::httpmock::Then {
            self.0
        }
        /// Answers the first `calls` calls that match, then no more: the
        /// mock registered next for the same request answers the calls
        /// after (mocks answer in the order they were registered), so
        /// a first call can get a 503 and the next a 200. How many
        /// calls each answered is its `Mock`'s `calls_async()`.
        pub fn times(self, calls: usize) -> Self {
            Self(self.0.up_to_n_times(calls))
        }
        ///Answers 204, with no body.
        pub fn no_content(self) -> Self {
            Self(self.0.status(204u16))
        }
    }
}
/// Every documented example of the spec, as the spec writes it and
/// decoded into its type.
pub mod examples {}
/// One method per operation on [`httpmock::MockServer`]: each
/// registers a mock for that operation (start the server with
/// `MockServer::start_async()`).
pub trait MockServerExt {
    ///Mocks `GET /headers` (`headerStyles`): `config` receives the request matcher and the response to give.
    fn header_styles<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::HeaderStylesWhen, operations::HeaderStylesThen);
    ///Mocks `GET /label-exploded/{id}` (`pathLabelArrayExploded`): `config` receives the request matcher and the response to give.
    fn path_label_array_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathLabelArrayExplodedWhen,
            operations::PathLabelArrayExplodedThen,
        );
    ///Mocks `GET /label-scalar/{id}` (`pathLabelScalar`): `config` receives the request matcher and the response to give.
    fn path_label_scalar<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathLabelScalarWhen, operations::PathLabelScalarThen);
    ///Mocks `GET /label/{id}` (`pathLabelArray`): `config` receives the request matcher and the response to give.
    fn path_label_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathLabelArrayWhen, operations::PathLabelArrayThen);
    ///Mocks `GET /matrix-exploded/{id}` (`pathMatrixArrayExploded`): `config` receives the request matcher and the response to give.
    fn path_matrix_array_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathMatrixArrayExplodedWhen,
            operations::PathMatrixArrayExplodedThen,
        );
    ///Mocks `GET /matrix-object-exploded/{id}` (`pathMatrixObjectExploded`): `config` receives the request matcher and the response to give.
    fn path_matrix_object_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathMatrixObjectExplodedWhen,
            operations::PathMatrixObjectExplodedThen,
        );
    ///Mocks `GET /matrix-object/{id}` (`pathMatrixObject`): `config` receives the request matcher and the response to give.
    fn path_matrix_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathMatrixObjectWhen, operations::PathMatrixObjectThen);
    ///Mocks `GET /matrix/{id}` (`pathMatrixArray`): `config` receives the request matcher and the response to give.
    fn path_matrix_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathMatrixArrayWhen, operations::PathMatrixArrayThen);
    ///Mocks `GET /query/deep` (`queryDeepObject`): `config` receives the request matcher and the response to give.
    fn query_deep_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::QueryDeepObjectWhen, operations::QueryDeepObjectThen);
    ///Mocks `GET /query/form-array` (`queryFormArray`): `config` receives the request matcher and the response to give.
    fn query_form_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::QueryFormArrayWhen, operations::QueryFormArrayThen);
    ///Mocks `GET /query/form-array-flat` (`queryFormArrayFlat`): `config` receives the request matcher and the response to give.
    fn query_form_array_flat<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QueryFormArrayFlatWhen,
            operations::QueryFormArrayFlatThen,
        );
    ///Mocks `GET /query/form-object` (`queryFormObject`): `config` receives the request matcher and the response to give.
    fn query_form_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::QueryFormObjectWhen, operations::QueryFormObjectThen);
    ///Mocks `GET /query/form-object-flat` (`queryFormObjectFlat`): `config` receives the request matcher and the response to give.
    fn query_form_object_flat<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QueryFormObjectFlatWhen,
            operations::QueryFormObjectFlatThen,
        );
    ///Mocks `GET /query/pipe` (`queryPipeDelimited`): `config` receives the request matcher and the response to give.
    fn query_pipe_delimited<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QueryPipeDelimitedWhen,
            operations::QueryPipeDelimitedThen,
        );
    ///Mocks `GET /query/space` (`querySpaceDelimited`): `config` receives the request matcher and the response to give.
    fn query_space_delimited<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QuerySpaceDelimitedWhen,
            operations::QuerySpaceDelimitedThen,
        );
    ///Mocks `GET /simple-object-exploded/{id}` (`pathSimpleObjectExploded`): `config` receives the request matcher and the response to give.
    fn path_simple_object_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathSimpleObjectExplodedWhen,
            operations::PathSimpleObjectExplodedThen,
        );
    ///Mocks `GET /simple-object/{id}` (`pathSimpleObject`): `config` receives the request matcher and the response to give.
    fn path_simple_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathSimpleObjectWhen, operations::PathSimpleObjectThen);
    ///Mocks `GET /simple/{id}` (`pathSimpleArray`): `config` receives the request matcher and the response to give.
    fn path_simple_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathSimpleArrayWhen, operations::PathSimpleArrayThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn header_styles<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::HeaderStylesWhen, operations::HeaderStylesThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::HeaderStylesWhen::new(when),
                operations::HeaderStylesThen::new(then),
            )
        })
    }
    fn path_label_array_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathLabelArrayExplodedWhen,
            operations::PathLabelArrayExplodedThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathLabelArrayExplodedWhen::new(when),
                operations::PathLabelArrayExplodedThen::new(then),
            )
        })
    }
    fn path_label_scalar<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathLabelScalarWhen, operations::PathLabelScalarThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathLabelScalarWhen::new(when),
                operations::PathLabelScalarThen::new(then),
            )
        })
    }
    fn path_label_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathLabelArrayWhen, operations::PathLabelArrayThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathLabelArrayWhen::new(when),
                operations::PathLabelArrayThen::new(then),
            )
        })
    }
    fn path_matrix_array_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathMatrixArrayExplodedWhen,
            operations::PathMatrixArrayExplodedThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathMatrixArrayExplodedWhen::new(when),
                operations::PathMatrixArrayExplodedThen::new(then),
            )
        })
    }
    fn path_matrix_object_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathMatrixObjectExplodedWhen,
            operations::PathMatrixObjectExplodedThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathMatrixObjectExplodedWhen::new(when),
                operations::PathMatrixObjectExplodedThen::new(then),
            )
        })
    }
    fn path_matrix_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathMatrixObjectWhen, operations::PathMatrixObjectThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathMatrixObjectWhen::new(when),
                operations::PathMatrixObjectThen::new(then),
            )
        })
    }
    fn path_matrix_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathMatrixArrayWhen, operations::PathMatrixArrayThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathMatrixArrayWhen::new(when),
                operations::PathMatrixArrayThen::new(then),
            )
        })
    }
    fn query_deep_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::QueryDeepObjectWhen, operations::QueryDeepObjectThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::QueryDeepObjectWhen::new(when),
                operations::QueryDeepObjectThen::new(then),
            )
        })
    }
    fn query_form_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::QueryFormArrayWhen, operations::QueryFormArrayThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::QueryFormArrayWhen::new(when),
                operations::QueryFormArrayThen::new(then),
            )
        })
    }
    fn query_form_array_flat<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QueryFormArrayFlatWhen,
            operations::QueryFormArrayFlatThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::QueryFormArrayFlatWhen::new(when),
                operations::QueryFormArrayFlatThen::new(then),
            )
        })
    }
    fn query_form_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::QueryFormObjectWhen, operations::QueryFormObjectThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::QueryFormObjectWhen::new(when),
                operations::QueryFormObjectThen::new(then),
            )
        })
    }
    fn query_form_object_flat<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QueryFormObjectFlatWhen,
            operations::QueryFormObjectFlatThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::QueryFormObjectFlatWhen::new(when),
                operations::QueryFormObjectFlatThen::new(then),
            )
        })
    }
    fn query_pipe_delimited<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QueryPipeDelimitedWhen,
            operations::QueryPipeDelimitedThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::QueryPipeDelimitedWhen::new(when),
                operations::QueryPipeDelimitedThen::new(then),
            )
        })
    }
    fn query_space_delimited<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::QuerySpaceDelimitedWhen,
            operations::QuerySpaceDelimitedThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::QuerySpaceDelimitedWhen::new(when),
                operations::QuerySpaceDelimitedThen::new(then),
            )
        })
    }
    fn path_simple_object_exploded<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::PathSimpleObjectExplodedWhen,
            operations::PathSimpleObjectExplodedThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathSimpleObjectExplodedWhen::new(when),
                operations::PathSimpleObjectExplodedThen::new(then),
            )
        })
    }
    fn path_simple_object<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathSimpleObjectWhen, operations::PathSimpleObjectThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathSimpleObjectWhen::new(when),
                operations::PathSimpleObjectThen::new(then),
            )
        })
    }
    fn path_simple_array<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::PathSimpleArrayWhen, operations::PathSimpleArrayThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::PathSimpleArrayWhen::new(when),
                operations::PathSimpleArrayThen::new(then),
            )
        })
    }
}
