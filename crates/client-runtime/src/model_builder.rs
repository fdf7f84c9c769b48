//! What every model builder of a generated crate has in common: how it
//! starts, and its conversions to and from its model. They are the same for
//! every model but for the names, so a generated crate writes one
//! `model_builder!` call per model rather than five impls, most of which
//! list every field.

/// A model's builder, as a generated crate writes it inside its
/// `types::builder` module, after the builder struct and its setters:
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
}
