/** Errors shaped like Office.js's `OfficeExtension.Error` ("RichApi.Error"), so adapter code can read `code`. */

export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;
  readonly httpStatusCode: number;

  constructor(code: string, message: string, errorLocation?: string, httpStatusCode = 400) {
    super(message);
    // Office.js names its errors "RichApi.Error"; set the prototype for ES5-style transpilation of Error subclasses.
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.name = "RichApi.Error";
    this.code = code;
    this.httpStatusCode = httpStatusCode;
    this.debugInfo = { code, message, errorLocation };
  }
}

/** Codes Office.js's OfficeExtension.ErrorCodes exposes (core codes, not Excel's). */
export const OfficeExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

export const notImplemented = (name: string): FakeOfficeError =>
  new FakeOfficeError("NotImplemented", `not implemented in the fake: ${name}`, name);

export const propertyNotLoaded = (entity: string, property: string): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );

export const valueNotLoaded = (): FakeOfficeError =>
  new FakeOfficeError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );

export const invalidArgument = (location: string, detail = "The argument is invalid or missing or has an incorrect format."): FakeOfficeError =>
  new FakeOfficeError("InvalidArgument", detail, location);

export const itemNotFound = (location: string, detail = "The requested resource doesn't exist."): FakeOfficeError =>
  new FakeOfficeError("ItemNotFound", detail, location, 404);

export const itemAlreadyExists = (location: string): FakeOfficeError =>
  new FakeOfficeError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", location, 409);

export const invalidOperation = (location: string, detail = "The operation is invalid for the object or its current state."): FakeOfficeError =>
  new FakeOfficeError("InvalidOperation", detail, location);

export const apiNotFound = (location: string): FakeOfficeError =>
  new FakeOfficeError(
    "ApiNotFound",
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
    location,
    404,
  );

export const invalidObjectPath = (location: string): FakeOfficeError =>
  new FakeOfficeError(
    "InvalidObjectPath",
    `The object path '${location}' isn't working for what you're trying to do. The request context of this object has finished (its Excel.run is over).`,
    location,
  );

export const invalidRequestContext = (location: string): FakeOfficeError =>
  new FakeOfficeError("InvalidRequestContext", "Cannot use the object across different request contexts.", location);
