// The one function used from twitter-text, imported alone so the rest of the package stays out.
declare module 'twitter-text/dist/esm/parseTweet' {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
  }
  export default function parseTweet(text: string): ParsedTweet;
}
