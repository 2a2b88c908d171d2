/**
 * The part of the `africastalking` package (which ships no types) that the SMS gateway uses.
 * Response shapes are Africa's Talking's, as documented for `POST /version1/messaging`.
 */
declare module 'africastalking' {
  export interface AfricasTalkingOptions {
    username: string;
    apiKey: string;
    format?: 'json' | 'xml';
  }

  export interface SendSmsParams {
    to: string | string[];
    message: string;
    /** Sender ID or short code; omitted, the account's default is used. */
    from?: string;
  }

  export interface AfricasTalkingClient {
    SMS: {
      /** Resolves with the 201 body; rejects with the SDK's validation error or axios's HTTP error. */
      send(params: SendSmsParams): Promise<unknown>;
    };
  }

  function AfricasTalking(options: AfricasTalkingOptions): AfricasTalkingClient;
  export default AfricasTalking;
}
