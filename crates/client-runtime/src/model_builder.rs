//! What every model builder of a generated crate has in common: its struct,
//! how it starts, its setters, and its conversions to and from its model.
//! They are the same for every model but for the names, the fields' types
//! and the setters' docs, so a generated crate writes one `model_builder!`
//! call per model rather than a struct, five impls (most of which list
//! every field) and four lines of code per setter.

/// A model's builder, as a generated crate writes it inside its
/// `types::builder` module:
///
/// ```ignore
/// ::client_runtime::model_builder! {
///     /// Builds a [`super::Order`] field by field.
///     Order => super::Order, super::error::ConversionError {
///         /// The property `id`, required.
///         id: value(String) required,
///         /// The property `lines`, optional.
///         lines: list(super::Line),
///         /// The property `note`, optional.
///         note: optional(String),
///         status: value(String) default(super::defaults::order_status()),
///         discount: custom(Option<f64>),
///     }
/// }
/// ```
///
/// - the builder struct, `#[derive(Clone, Debug)]`, with the attributes
///   given before its name, holding each field as a `Result<T, String>`;
/// - `Default`: each field its type's default, or the error that it was
///   never set (`required`: `no value supplied for id`), or a value
///   (`default(expr)`);
/// - a setter per field, with the docs given before it, by the field's
///   kind: `value(T)` takes any [`IntoField<T>`](crate::IntoField),
///   `optional(T)` (a field of type `Option<T>`) any
///   [`IntoOptional<T>`](crate::IntoOptional), `list(T)` (a `Vec<T>`) any
///   [`IntoList<T>`](crate::IntoList); `custom(T)` writes none, for a
///   setter the crate writes itself;
/// - and the items of the shorter form below.
///
/// The shorter form writes the items that list the fields by name alone,
/// after a builder struct and setters the crate writes itself:
///
/// ```ignore
/// ::client_runtime::model_builder!(Order => super::Order, super::error::ConversionError;
///     fields: id, lines, note;
///     unset: lines, note; required: id; defaults: );
/// ```
///
/// - `super::Order::builder()`, an empty builder;
/// - `Default`: each field of `unset` holds its type's default, each of
///   `required` the error that it was never set (`no value supplied for
///   id`), each of `defaults` (`status = super::defaults::status()`) its
///   value; without these three sections, the crate writes `Default`
///   itself;
/// - `TryFrom<Order> for super::Order`: the model, or the first field in
///   `fields` order whose setter failed or that was never set, as `Error`;
/// - `TryFrom<Order> for Option<super::Order>`: the same, for a setter of an
///   optional field that takes a builder;
/// - `From<super::Order> for Order`: a builder that starts from a model.
///
/// The builder holds each field as a `Result<T, String>`, and `Error` is
/// `From<String>`.
#[macro_export]
macro_rules! model_builder {
    (
        $(#[$attr:meta])*
        $builder:ident => $model:ty, $error:ty {
            $(
                $(#[$doc:meta])*
                $field:ident : $kind:ident ($ty:ty) $($start:ident $(($default:expr))?)?
            ),* $(,)?
        }
    ) => {
        $(#[$attr])*
        #[derive(Clone, Debug)]
        pub struct $builder {
            $($field: ::std::result::Result<
                $crate::__model_builder_slot!($kind $ty),
                ::std::string::String,
            >,)*
        }
        impl ::std::default::Default for $builder {
            fn default() -> Self {
                Self {
                    $($field: $crate::__model_builder_start!($field $($start $(($default))?)?),)*
                }
            }
        }
        impl $builder {
            $($crate::__model_builder_setter!($kind $field ($ty) $(#[$doc])*);)*
        }
        $crate::model_builder!($builder => $model, $error; fields: $($field),*);
    };
    (
        $builder:ident => $model:ty, $error:ty;
        fields: $($field:ident),*;
        unset: $($unset:ident),*;
        required: $($required:ident),*;
        defaults: $($defaulted:ident = $default:expr),* $(;)?
    ) => {
        impl ::std::default::Default for $builder {
            fn default() -> Self {
                Self {
                    $($unset: ::std::result::Result::Ok(::std::default::Default::default()),)*
                    $($required: ::std::result::Result::Err(::std::string::String::from(
                        concat!("no value supplied for ", stringify!($required)),
                    )),)*
                    $($defaulted: ::std::result::Result::Ok($default),)*
                }
            }
        }
        $crate::model_builder!($builder => $model, $error; fields: $($field),*);
    };
    ($builder:ident => $model:ty, $error:ty; fields: $($field:ident),* $(;)?) => {
        impl $model {
            /// A builder of this type: set its fields, then pass it where the
            /// type is taken, or finish it with `try_into()`.
            pub fn builder() -> $builder {
                ::std::default::Default::default()
            }
        }
        impl ::std::convert::TryFrom<$builder> for $model {
            type Error = $error;
            fn try_from(value: $builder) -> ::std::result::Result<Self, $error> {
                ::std::result::Result::Ok(Self {
                    $($field: value.$field?,)*
                })
            }
        }
        impl ::std::convert::TryFrom<$builder> for ::std::option::Option<$model> {
            type Error = $error;
            fn try_from(value: $builder) -> ::std::result::Result<Self, Self::Error> {
                <$model>::try_from(value).map(::std::option::Option::Some)
            }
        }
        impl ::std::convert::From<$model> for $builder {
            fn from(value: $model) -> Self {
                Self {
                    $($field: ::std::result::Result::Ok(value.$field),)*
                }
            }
        }
    };
}

/// The type a builder holds for a field of `model_builder!`'s braced form,
/// by its kind.
#[doc(hidden)]
#[macro_export]
macro_rules! __model_builder_slot {
    (optional $ty:ty) => { ::std::option::Option<$ty> };
    (list $ty:ty) => { ::std::vec::Vec<$ty> };
    (value $ty:ty) => { $ty };
    (custom $ty:ty) => { $ty };
}

/// How a builder's `Default` starts a field of `model_builder!`'s braced
/// form.
#[doc(hidden)]
#[macro_export]
macro_rules! __model_builder_start {
    ($field:ident) => {
        ::std::result::Result::Ok(::std::default::Default::default())
    };
    ($field:ident required) => {
        ::std::result::Result::Err(::std::string::String::from(concat!(
            "no value supplied for ",
            stringify!($field)
        )))
    };
    ($field:ident default ($default:expr)) => {
        ::std::result::Result::Ok($default)
    };
}

/// A field's setter in `model_builder!`'s braced form, by its kind; none
/// for `custom`.
#[doc(hidden)]
#[macro_export]
macro_rules! __model_builder_setter {
    (optional $field:ident ($ty:ty) $(#[$doc:meta])*) => {
        $(#[$doc])*
        pub fn $field<T: $crate::IntoOptional<$ty>>(mut self, value: T) -> Self {
            self.$field = ::std::result::Result::Ok($crate::IntoOptional::into_optional(value));
            self
        }
    };
    (list $field:ident ($ty:ty) $(#[$doc:meta])*) => {
        $(#[$doc])*
        pub fn $field<T: $crate::IntoList<$ty>>(mut self, value: T) -> Self {
            self.$field = $crate::field_value(stringify!($field), $crate::IntoList::into_list(value));
            self
        }
    };
    (value $field:ident ($ty:ty) $(#[$doc:meta])*) => {
        $(#[$doc])*
        pub fn $field<T: $crate::IntoField<$ty>>(mut self, value: T) -> Self {
            self.$field = $crate::IntoField::into_field(value, stringify!($field));
            self
        }
    };
    (custom $field:ident ($ty:ty) $(#[$doc:meta])*) => {};
}

#[cfg(test)]
mod tests {
    mod error {
        #[derive(Debug, PartialEq)]
        pub struct ConversionError(pub String);
        impl From<String> for ConversionError {
            fn from(value: String) -> Self {
                Self(value)
            }
        }
    }

    #[derive(Debug, PartialEq)]
    struct Order {
        id: String,
        quantity: Option<u32>,
        status: String,
    }

    mod builder {
        pub struct Order {
            pub id: Result<String, String>,
            pub quantity: Result<Option<u32>, String>,
            pub status: Result<String, String>,
        }
        crate::model_builder!(Order => super::Order, super::error::ConversionError;
            fields: id, quantity, status;
            unset: quantity; required: id; defaults: status = "open".to_string());
    }

    #[test]
    fn a_builder_starts_empty_and_finishes_into_its_model_or_says_which_field_failed() {
        let empty = Order::builder();
        assert_eq!(empty.id, Err("no value supplied for id".to_string()));
        assert_eq!(empty.quantity, Ok(None));
        assert_eq!(empty.status, Ok("open".to_string()));
        assert_eq!(
            Option::<Order>::try_from(Order::builder()).unwrap_err(),
            error::ConversionError("no value supplied for id".into())
        );
        let built = builder::Order {
            id: Ok("o-1".into()),
            quantity: Ok(Some(2)),
            status: Ok("closed".into()),
        };
        let order = Order::try_from(built).unwrap();
        assert_eq!(
            order,
            Order {
                id: "o-1".into(),
                quantity: Some(2),
                status: "closed".into()
            }
        );
        // The first failure in field order.
        let failed = builder::Order {
            id: Ok("o-1".into()),
            quantity: Err("error converting supplied value for quantity: -1".into()),
            status: Err("no value supplied for status".into()),
        };
        assert_eq!(
            Order::try_from(failed).unwrap_err(),
            error::ConversionError("error converting supplied value for quantity: -1".into())
        );
        let again = builder::Order::from(order);
        assert_eq!(again.id, Ok("o-1".to_string()));
        assert_eq!(again.quantity, Ok(Some(2)));
    }
    #[derive(Debug, PartialEq)]
    struct Line {
        sku: String,
        discount: Option<f64>,
        notes: Vec<String>,
        note: Option<String>,
        status: String,
        when: u8,
    }

    mod line_builder {
        crate::model_builder! {
            /// A line, field by field.
            Line => super::Line, super::error::ConversionError {
                /// The SKU.
                sku: value(String) required,
                discount: custom(Option<f64>),
                notes: list(String),
                note: optional(String),
                status: value(String) default("open".to_string()),
                when: value(u8),
            }
        }
        impl Line {
            pub fn discount(mut self, value: f64) -> Self {
                self.discount = Ok(Some(value));
                self
            }
        }
    }

    #[test]
    fn the_braced_form_writes_the_struct_its_start_and_a_setter_per_kind() {
        assert_eq!(
            Line::try_from(Line::builder()).unwrap_err(),
            error::ConversionError("no value supplied for sku".into())
        );
        // Every other field starts as its default or its given value.
        assert_eq!(
            Line::try_from(Line::builder().sku("s")).unwrap(),
            Line {
                sku: "s".into(),
                discount: None,
                notes: vec![],
                note: None,
                status: "open".into(),
                when: 0,
            }
        );
        let line = Line::try_from(
            Line::builder()
                .sku("s-1")
                .discount(0.5)
                .notes(["a", "b"])
                .note("by noon")
                .when(7u8),
        )
        .unwrap();
        assert_eq!(
            line,
            Line {
                sku: "s-1".into(),
                discount: Some(0.5),
                notes: vec!["a".into(), "b".into()],
                note: Some("by noon".into()),
                status: "open".into(),
                when: 7,
            }
        );
        // `optional` takes the value or an `Option`; `value` converts and
        // names the field that failed.
        let unset = Line::builder().sku("s").note("x").note(None::<String>);
        assert_eq!(Line::try_from(unset).unwrap().note, None);
        assert_eq!(
            Line::try_from(Line::builder().sku("s").when(300u32)).unwrap_err(),
            error::ConversionError(
                "error converting supplied value for when: out of range integral type conversion attempted"
                    .into()
            )
        );
        let again = Line::try_from(line_builder::Line::from(line)).unwrap();
        assert_eq!(again.note.as_deref(), Some("by noon"));
    }
}
