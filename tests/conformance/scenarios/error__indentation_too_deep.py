# CPython's tokenizer allows 99 indentation levels: the 100th is `IndentationError: too many
# levels of indentation` on that line (no caret), before anything runs. Here 99 levels of
# nested blocks would be fine; one more `for` body goes past the limit.
print('never printed')
if True:
 for _ in [1]:
  while True:
   with open(__file__) as f:
    if True:
     for _ in [1]:
      while True:
       with open(__file__) as f:
        if True:
         for _ in [1]:
          while True:
           with open(__file__) as f:
            if True:
             for _ in [1]:
              while True:
               with open(__file__) as f:
                if True:
                 for _ in [1]:
                  while True:
                   with open(__file__) as f:
                    if True:
                     for _ in [1]:
                      while True:
                       with open(__file__) as f:
                        if True:
                         for _ in [1]:
                          while True:
                           with open(__file__) as f:
                            if True:
                             for _ in [1]:
                              while True:
                               with open(__file__) as f:
                                if True:
                                 for _ in [1]:
                                  while True:
                                   with open(__file__) as f:
                                    if True:
                                     for _ in [1]:
                                      while True:
                                       with open(__file__) as f:
                                        if True:
                                         for _ in [1]:
                                          while True:
                                           with open(__file__) as f:
                                            if True:
                                             for _ in [1]:
                                              while True:
                                               with open(__file__) as f:
                                                if True:
                                                 for _ in [1]:
                                                  while True:
                                                   with open(__file__) as f:
                                                    if True:
                                                     for _ in [1]:
                                                      while True:
                                                       with open(__file__) as f:
                                                        if True:
                                                         for _ in [1]:
                                                          while True:
                                                           with open(__file__) as f:
                                                            if True:
                                                             for _ in [1]:
                                                              while True:
                                                               with open(__file__) as f:
                                                                if True:
                                                                 for _ in [1]:
                                                                  while True:
                                                                   with open(__file__) as f:
                                                                    if True:
                                                                     for _ in [1]:
                                                                      while True:
                                                                       with open(__file__) as f:
                                                                        if True:
                                                                         for _ in [1]:
                                                                          while True:
                                                                           with open(__file__) as f:
                                                                            if True:
                                                                             for _ in [1]:
                                                                              while True:
                                                                               with open(__file__) as f:
                                                                                if True:
                                                                                 for _ in [1]:
                                                                                  while True:
                                                                                   with open(__file__) as f:
                                                                                    if True:
                                                                                     for _ in [1]:
                                                                                      while True:
                                                                                       with open(__file__) as f:
                                                                                        if True:
                                                                                         for _ in [1]:
                                                                                          while True:
                                                                                           with open(__file__) as f:
                                                                                            if True:
                                                                                             for _ in [1]:
                                                                                              while True:
                                                                                               with open(__file__) as f:
                                                                                                if True:
                                                                                                 for _ in [1]:
                                                                                                  while True:
                                                                                                   with open(__file__) as f:
                                                                                                    print('deep')
