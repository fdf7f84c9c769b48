// @generated from xtask/codegen-corpus/cases/vendor-habits.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
#![allow(clippy::all)]
#![warn(missing_docs)]
/// Request matchers and responses, one pair per operation.
pub mod operations {
    #[allow(unused_imports)]
    use ::codegen_corpus::vendor_habits::types;
    ///Matches `GET /health`; each method narrows the match to one parameter's value.
    pub struct GetHealthWhen(::httpmock::When);
    impl GetHealthWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/health$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    ///The answer to `GET /health`: one method per documented status and example.
    pub struct GetHealthThen(::httpmock::Then);
    impl GetHealthThen {
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
    ///Matches `GET /legacy`; each method narrows the match to one parameter's value.
    pub struct GetLegacyWhen(::httpmock::When);
    impl GetLegacyWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/legacy$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
    }
    ///The answer to `GET /legacy`: one method per documented status and example.
    pub struct GetLegacyThen(::httpmock::Then);
    impl GetLegacyThen {
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
    ///Matches `GET /orders`; each method narrows the match to one parameter's value.
    pub struct ListOrdersWhen(::httpmock::When);
    impl ListOrdersWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/orders$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `filter` is this value, as the client sends it.
        pub fn filter<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::vendor_habits::types::ListOrdersFilter>,
        {
            let value: ::codegen_corpus::vendor_habits::types::ListOrdersFilter = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!(
                        "the value given to `filter` is not a valid `ListOrdersFilter`"
                    )
                });
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "filter",
                            location: ::client_runtime::wire::Location::Query,
                            style: ::client_runtime::wire::Style::DeepObject,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    )
                    .into_iter()
                    .fold(self.0, |when, (name, value)| when.query_param(name, value)),
            )
        }
        ///Matches requests whose `tags` is this value, as the client sends it.
        pub fn tags<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<::std::string::String>,
        {
            let value: ::std::vec::Vec<::std::string::String> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "tags",
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
        ///Matches requests that carry no `tags`.
        pub fn tags_missing(self) -> Self {
            Self(self.0.query_param_missing("tags"))
        }
        ///Matches requests whose `type` is this value, as the client sends it.
        pub fn type_<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            let value: ::std::string::String = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `type_` is not a valid `String`")
                });
            Self(
                ::client_runtime::wire::query_values(&value)
                    .into_iter()
                    .fold(self.0, |when, value| when.query_param("type", value)),
            )
        }
        ///Matches requests that carry no `type`.
        pub fn type_missing(self) -> Self {
            Self(self.0.query_param_missing("type"))
        }
        ///Matches requests whose `X-Trace` is this value, as the client sends it.
        pub fn x_trace<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<::std::string::String>,
        {
            let value: ::std::vec::Vec<::std::string::String> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                self
                    .0
                    .header(
                        "X-Trace",
                        (::client_runtime::wire::Parameter {
                            name: "X-Trace",
                            location: ::client_runtime::wire::Location::Header,
                            style: ::client_runtime::wire::Style::Simple,
                            explode: false,
                        })
                            .serialize(&value)
                            .unwrap_or_default(),
                    ),
            )
        }
        ///Matches requests that carry no `X-Trace`.
        pub fn x_trace_missing(self) -> Self {
            Self(self.0.header_missing("X-Trace"))
        }
    }
    ///The answer to `GET /orders`: one method per documented status and example.
    pub struct ListOrdersThen(::httpmock::Then);
    impl ListOrdersThen {
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
        ///Answers 200 with this body, as JSON.
        pub fn ok(self, value: &::std::vec::Vec<::codegen_corpus::vendor_habits::types::Order>) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///Matches `GET /orders/{orderId}`; each method narrows the match to one parameter's value.
    pub struct GetOrdersByOrderIdWhen(::httpmock::When);
    impl GetOrdersByOrderIdWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/orders/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `orderId` is this value, as the client sends it.
        pub fn order_id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            let value: ::std::string::String = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `order_id` is not a valid `String`")
                });
            let segment = ::regex::escape(
                &::progenitor_client::encode_path(&value.to_string()),
            );
            let pattern = format!("^/orders/{}$", segment);
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
    ///The answer to `GET /orders/{orderId}`: one method per documented status and example.
    pub struct GetOrdersByOrderIdThen(::httpmock::Then);
    impl GetOrdersByOrderIdThen {
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
        ///Answers 200 with this body, as JSON.
        pub fn ok(self, value: &::codegen_corpus::vendor_habits::types::Order) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///Matches `DELETE /orders/{orderId}`; each method narrows the match to one parameter's value.
    pub struct DeleteOrderWhen(::httpmock::When);
    impl DeleteOrderWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::DELETE)
                    .path_matches(
                        ::regex::Regex::new("^/orders/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `orderId` is this value, as the client sends it.
        pub fn order_id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            let value: ::std::string::String = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `order_id` is not a valid `String`")
                });
            let segment = ::regex::escape(
                &::progenitor_client::encode_path(&value.to_string()),
            );
            let pattern = format!("^/orders/{}$", segment);
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
    ///The answer to `DELETE /orders/{orderId}`: one method per documented status and example.
    pub struct DeleteOrderThen(::httpmock::Then);
    impl DeleteOrderThen {
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
    ///Matches `GET /reports/{period}`; each method narrows the match to one parameter's value.
    pub struct GetReportWhen(::httpmock::When);
    impl GetReportWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/reports/[^/]+$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `period` is this value, as the client sends it.
        pub fn period<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::codegen_corpus::vendor_habits::types::Period>,
        {
            let value: ::codegen_corpus::vendor_habits::types::Period = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `period` is not a valid `Period`")
                });
            let segment = ::regex::escape(
                &(::client_runtime::wire::Parameter {
                    name: "period",
                    location: ::client_runtime::wire::Location::Path,
                    style: ::client_runtime::wire::Style::Matrix,
                    explode: true,
                })
                    .serialize(&value)
                    .unwrap_or_default(),
            );
            let pattern = format!("^/reports/{}$", segment);
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
    ///The answer to `GET /reports/{period}`: one method per documented status and example.
    pub struct GetReportThen(::httpmock::Then);
    impl GetReportThen {
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
        ///Answers 200 with this text.
        pub fn ok(self, value: &str) -> Self {
            Self(self.0.status(200u16).header("content-type", "text/csv").body(value))
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
    ///Mocks `GET /health` (`getHealth`): `config` receives the request matcher and the response to give.
    fn get_health<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::GetHealthWhen, operations::GetHealthThen);
    ///Mocks `GET /legacy` (`getLegacy`): `config` receives the request matcher and the response to give.
    fn get_legacy<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::GetLegacyWhen, operations::GetLegacyThen);
    ///Mocks `GET /orders` (`listOrders`): `config` receives the request matcher and the response to give.
    fn list_orders<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::ListOrdersWhen, operations::ListOrdersThen);
    ///Mocks `GET /orders/{orderId}` (`getOrdersByOrderId`): `config` receives the request matcher and the response to give.
    fn get_orders_by_order_id<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::GetOrdersByOrderIdWhen,
            operations::GetOrdersByOrderIdThen,
        );
    ///Mocks `DELETE /orders/{orderId}` (`deleteOrder`): `config` receives the request matcher and the response to give.
    fn delete_order<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::DeleteOrderWhen, operations::DeleteOrderThen);
    ///Mocks `GET /reports/{period}` (`getReport`): `config` receives the request matcher and the response to give.
    fn get_report<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::GetReportWhen, operations::GetReportThen);
    ///Serves the token endpoint of the `oauth` scheme's client credentials flow: a `POST` to `/token` (the path of `https://corpus.example/token`) asking `grant_type=client_credentials` is answered with `access_token`, valid for `expires_in` seconds. Point the client at it with `token_source(ClientCredentials::new(server.url("/token"), id, secret))`.
    fn oauth_token(
        &self,
        access_token: &str,
        expires_in: u64,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>;
}
impl MockServerExt for ::httpmock::MockServer {
    fn get_health<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::GetHealthWhen, operations::GetHealthThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::GetHealthWhen::new(when),
                operations::GetHealthThen::new(then),
            )
        })
    }
    fn get_legacy<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::GetLegacyWhen, operations::GetLegacyThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::GetLegacyWhen::new(when),
                operations::GetLegacyThen::new(then),
            )
        })
    }
    fn list_orders<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::ListOrdersWhen, operations::ListOrdersThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::ListOrdersWhen::new(when),
                operations::ListOrdersThen::new(then),
            )
        })
    }
    fn get_orders_by_order_id<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(
            operations::GetOrdersByOrderIdWhen,
            operations::GetOrdersByOrderIdThen,
        ),
    {
        self.mock_async(move |when, then| {
            config(
                operations::GetOrdersByOrderIdWhen::new(when),
                operations::GetOrdersByOrderIdThen::new(then),
            )
        })
    }
    fn delete_order<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::DeleteOrderWhen, operations::DeleteOrderThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::DeleteOrderWhen::new(when),
                operations::DeleteOrderThen::new(then),
            )
        })
    }
    fn get_report<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::GetReportWhen, operations::GetReportThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::GetReportWhen::new(when),
                operations::GetReportThen::new(then),
            )
        })
    }
    fn oauth_token(
        &self,
        access_token: &str,
        expires_in: u64,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>> {
        let body = ::serde_json::json!(
            { "access_token" : access_token, "token_type" : "Bearer", "expires_in" :
            expires_in, }
        );
        self.mock_async(move |when, then| {
            when.method(::httpmock::Method::POST)
                .path("/token")
                .body_includes("grant_type=client_credentials");
            then.status(200u16).json_body(body);
        })
    }
}
