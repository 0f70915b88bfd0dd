"""政策问答 web UI: `python ui.py [--host 127.0.0.1] [--port 7860] [--auth user:pass]`.

A thin launcher: the Gradio app and its rendering live in `assistant/web/`.
"""

from assistant.web.app import main

if __name__ == "__main__":
    main()
