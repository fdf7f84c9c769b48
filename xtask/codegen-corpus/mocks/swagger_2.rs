// @generated from xtask/codegen-corpus/cases/swagger-2.yaml by the corpus test (`CORPUS_BLESS=1 cargo test -p xtask --test corpus`). Do not edit by hand.
#![allow(clippy::all)]
#![warn(missing_docs)]
/// Request matchers and responses, one pair per operation.
pub mod operations {
    #[allow(unused_imports)]
    use ::codegen_corpus::swagger_2::types;
    ///Matches `GET /parcels`; each method narrows the match to one parameter's value.
    pub struct ListParcelsWhen(::httpmock::When);
    impl ListParcelsWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::GET)
                    .path_matches(
                        ::regex::Regex::new("^/parcels$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `ids` is this value, as the client sends it.
        pub fn ids<V>(self, value: V) -> Self
        where
            V: ::client_runtime::OneOrMany<::std::string::String>,
        {
            let value: ::std::vec::Vec<::std::string::String> = ::client_runtime::OneOrMany::into_vec(
                value,
            );
            Self(
                ::client_runtime::wire::query_pairs(
                        &(::client_runtime::wire::Parameter {
                            name: "ids",
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
        ///Matches requests that carry no `ids`.
        pub fn ids_missing(self) -> Self {
            Self(self.0.query_param_missing("ids"))
        }
        ///Matches requests whose `limit` is this value, as the client sends it.
        pub fn limit<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::num::NonZeroU32>,
        {
            let value: ::std::num::NonZeroU32 = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `limit` is not a valid `NonZeroU32`")
                });
            Self(
                ::client_runtime::wire::query_values(&value)
                    .into_iter()
                    .fold(self.0, |when, value| when.query_param("limit", value)),
            )
        }
        ///Matches requests that carry no `limit`.
        pub fn limit_missing(self) -> Self {
            Self(self.0.query_param_missing("limit"))
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
                ::client_runtime::wire::query_values(&value)
                    .into_iter()
                    .fold(self.0, |when, value| when.query_param("tags", value)),
            )
        }
        ///Matches requests that carry no `tags`.
        pub fn tags_missing(self) -> Self {
            Self(self.0.query_param_missing("tags"))
        }
    }
    ///The answer to `GET /parcels`: one method per documented status and example.
    pub struct ListParcelsThen(::httpmock::Then);
    impl ListParcelsThen {
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
        pub fn ok(self, value: &::codegen_corpus::swagger_2::types::ParcelList) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///Answers 200 with the spec's example `listParcels response 200`, exactly as the spec writes it.
        pub fn ok_example(self) -> Self {
            Self(
                self
                    .0
                    .status(200u16)
                    .header("content-type", "application/json")
                    .body(super::examples::LIST_PARCELS_RESPONSE_200),
            )
        }
        ///Answers 400 with this body, as JSON.
        pub fn bad_request(self, value: &::codegen_corpus::swagger_2::types::Problem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///Answers 400 with the spec's example `listParcels response 400`, exactly as the spec writes it.
        pub fn bad_request_example(self) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .body(super::examples::LIST_PARCELS_RESPONSE_400),
            )
        }
    }
    ///Matches `POST /parcels`; each method narrows the match to one parameter's value.
    pub struct CreateParcelWhen(::httpmock::When);
    impl CreateParcelWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        ::regex::Regex::new("^/parcels$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        /// Matches requests whose JSON body equals this value.
        pub fn body(self, value: &::codegen_corpus::swagger_2::types::Parcel) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The answer to `POST /parcels`: one method per documented status and example.
    pub struct CreateParcelThen(::httpmock::Then);
    impl CreateParcelThen {
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
        ///Answers 201 with this body, as JSON.
        pub fn created(self, value: &::codegen_corpus::swagger_2::types::Parcel) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
        ///Answers 201 with the spec's example `createParcel response 201`, exactly as the spec writes it.
        pub fn created_example(self) -> Self {
            Self(
                self
                    .0
                    .status(201u16)
                    .header("content-type", "application/json")
                    .body(super::examples::CREATE_PARCEL_RESPONSE_201),
            )
        }
        ///Answers 400 with this body, as JSON.
        pub fn bad_request(self, value: &::codegen_corpus::swagger_2::types::Problem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///Matches `POST /parcels/{parcelId}/label`; each method narrows the match to one parameter's value.
    pub struct UploadLabelWhen(::httpmock::When);
    impl UploadLabelWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        ::regex::Regex::new("^/parcels/[^/]+/label$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `parcelId` is this value, as the client sends it.
        pub fn parcel_id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            let value: ::std::string::String = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `parcel_id` is not a valid `String`")
                });
            let segment = ::regex::escape(
                &::progenitor_client::encode_path(&value.to_string()),
            );
            let pattern = format!("^/parcels/{}/label$", segment);
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
    ///The answer to `POST /parcels/{parcelId}/label`: one method per documented status and example.
    pub struct UploadLabelThen(::httpmock::Then);
    impl UploadLabelThen {
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
        ///Answers 400 with this body, as JSON.
        pub fn bad_request(self, value: &::codegen_corpus::swagger_2::types::Problem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
    ///Matches `POST /parcels/{parcelId}/notes`; each method narrows the match to one parameter's value.
    pub struct AddNoteWhen(::httpmock::When);
    impl AddNoteWhen {
        /// Wraps httpmock's matcher, set to this operation's method and path.
        pub fn new(inner: ::httpmock::When) -> Self {
            Self(
                inner
                    .method(::httpmock::Method::POST)
                    .path_matches(
                        ::regex::Regex::new("^/parcels/[^/]+/notes$")
                            .expect("the path template is a regex"),
                    ),
            )
        }
        /// httpmock's own matcher, for anything the typed methods do not say.
        pub fn into_inner(self) -> ::httpmock::When {
            self.0
        }
        ///Matches requests whose `parcelId` is this value, as the client sends it.
        pub fn parcel_id<V>(self, value: V) -> Self
        where
            V: ::std::convert::TryInto<::std::string::String>,
        {
            let value: ::std::string::String = value
                .try_into()
                .unwrap_or_else(|_| {
                    panic!("the value given to `parcel_id` is not a valid `String`")
                });
            let segment = ::regex::escape(
                &::progenitor_client::encode_path(&value.to_string()),
            );
            let pattern = format!("^/parcels/{}/notes$", segment);
            Self(
                self
                    .0
                    .path_matches(
                        ::regex::Regex::new(&pattern)
                            .expect("an escaped path is a regex"),
                    ),
            )
        }
        /// Matches requests whose JSON body equals this value.
        pub fn body(self, value: &::codegen_corpus::swagger_2::types::AddNoteBody) -> Self {
            Self(self.0.json_body_obj(value))
        }
    }
    ///The answer to `POST /parcels/{parcelId}/notes`: one method per documented status and example.
    pub struct AddNoteThen(::httpmock::Then);
    impl AddNoteThen {
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
        ///Answers 400 with this body, as JSON.
        pub fn bad_request(self, value: &::codegen_corpus::swagger_2::types::Problem) -> Self {
            Self(
                self
                    .0
                    .status(400u16)
                    .header("content-type", "application/json")
                    .json_body_obj(value),
            )
        }
    }
}
/// Every documented example of the spec, as the spec writes it and
/// decoded into its type.
pub mod examples {
    ///The example `listParcels response 200`, as JSON.
    pub const LIST_PARCELS_RESPONSE_200: &str = r#"{
  "parcels": [
    {
      "id": "p-1",
      "note": null,
      "weight": 2.5
    }
  ]
}"#;
    ///The example `listParcels response 200`, decoded (the example tests prove that it decodes).
    pub fn list_parcels_response_200() -> ::codegen_corpus::swagger_2::types::ParcelList {
        ::serde_json::from_str(LIST_PARCELS_RESPONSE_200)
            .expect("a documented example decodes into its type")
    }
    ///The example `listParcels response 400`, as JSON.
    pub const LIST_PARCELS_RESPONSE_400: &str = r#"{
  "message": "bad limit"
}"#;
    ///The example `listParcels response 400`, decoded (the example tests prove that it decodes).
    pub fn list_parcels_response_400() -> ::codegen_corpus::swagger_2::types::Problem {
        ::serde_json::from_str(LIST_PARCELS_RESPONSE_400)
            .expect("a documented example decodes into its type")
    }
    ///The example `createParcel response 201`, as JSON.
    pub const CREATE_PARCEL_RESPONSE_201: &str = r#"{
  "id": "p-2",
  "note": "fragile",
  "weight": 1
}"#;
    ///The example `createParcel response 201`, decoded (the example tests prove that it decodes).
    pub fn create_parcel_response_201() -> ::codegen_corpus::swagger_2::types::Parcel {
        ::serde_json::from_str(CREATE_PARCEL_RESPONSE_201)
            .expect("a documented example decodes into its type")
    }
}
/// One method per operation on [`httpmock::MockServer`]: each
/// registers a mock for that operation (start the server with
/// `MockServer::start_async()`).
pub trait MockServerExt {
    ///Mocks `GET /parcels` (`listParcels`): `config` receives the request matcher and the response to give.
    fn list_parcels<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::ListParcelsWhen, operations::ListParcelsThen);
    ///Mocks `POST /parcels` (`createParcel`): `config` receives the request matcher and the response to give.
    fn create_parcel<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::CreateParcelWhen, operations::CreateParcelThen);
    ///Mocks `POST /parcels/{parcelId}/label` (`uploadLabel`): `config` receives the request matcher and the response to give.
    fn upload_label<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::UploadLabelWhen, operations::UploadLabelThen);
    ///Mocks `POST /parcels/{parcelId}/notes` (`addNote`): `config` receives the request matcher and the response to give.
    fn add_note<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::AddNoteWhen, operations::AddNoteThen);
}
impl MockServerExt for ::httpmock::MockServer {
    fn list_parcels<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::ListParcelsWhen, operations::ListParcelsThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::ListParcelsWhen::new(when),
                operations::ListParcelsThen::new(then),
            )
        })
    }
    fn create_parcel<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::CreateParcelWhen, operations::CreateParcelThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::CreateParcelWhen::new(when),
                operations::CreateParcelThen::new(then),
            )
        })
    }
    fn upload_label<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::UploadLabelWhen, operations::UploadLabelThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::UploadLabelWhen::new(when),
                operations::UploadLabelThen::new(then),
            )
        })
    }
    fn add_note<F>(
        &self,
        config: F,
    ) -> impl ::std::future::Future<Output = ::httpmock::Mock<'_>>
    where
        F: FnOnce(operations::AddNoteWhen, operations::AddNoteThen),
    {
        self.mock_async(move |when, then| {
            config(
                operations::AddNoteWhen::new(when),
                operations::AddNoteThen::new(then),
            )
        })
    }
}
