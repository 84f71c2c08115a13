"""Hand-written additions that generated resources inherit (named in the spec by x-sdk-mixin)."""
